package eu.skills4cities.citycert.certificate.badge;

import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holder's digital credential (Open Badges 3.0, VC-JWT) of a certificate. */
@RestController
@RequestMapping("/api/certificates")
@Tag(name = "Certificates", description = "Issued certificates of the signed-in holder")
class CredentialApiController {

    /** the media type of a credential secured as a JWT (W3C VC-JOSE-COSE) */
    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final DigitalCredentialService credentials;
    private final CurrentUserProvider users;

    CredentialApiController(DigitalCredentialService credentials, CurrentUserProvider users) {
        this.credentials = credentials;
        this.users = users;
    }

    @GetMapping("/{number}/credential")
    @Operation(summary = "Download a certificate's Open Badges 3.0 credential, signed as a VC-JWT "
            + "(its holder, officers, auditors, administrators)")
    @ProblemAnswers(conflict = "No credential can be made: the holder's account has no email address any more")
    ResponseEntity<String> credential(@PathVariable String number) {
        String jwt = credentials.credential(users.require(), number);
        return ResponseEntity.ok().contentType(VC_JWT)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(number + ".jwt").build().toString())
                .body(jwt);
    }
}
