package eu.skills4cities.citycert.certificate.badge;

import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.badge.CredentialVerification.Outcome;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public verification of a digital credential. Anything that is a signed JWT gets 200 with a
 * verdict, whoever signed it and whatever it says; text that is not a signed JWT at all gets 422.
 */
@RestController
@ProblemAnswers(more = @ProblemAnswers.Answer(status = 429,
        description = "Too many checks from this address: wait the seconds that Retry-After gives"))
@RequestMapping("/api/verify")
@Tag(name = "Verification", description = "Public verification of certificates and credentials")
class CredentialVerificationApiController {

    private final DigitalCredentialService credentials;
    private final MessageSource messages;

    CredentialVerificationApiController(DigitalCredentialService credentials, MessageSource messages) {
        this.credentials = credentials;
        this.messages = messages;
    }

    /** The verdict as the API answers it, with the explanation in the caller's language. */
    record Verdict(Outcome outcome, String message, boolean signatureValid, Boolean unexpired,
                   CertificateStatus status, CredentialVerification.Certificate certificate,
                   java.util.Map<String, Boolean> statusList) {
    }

    /** A credential sent as JSON. */
    record CredentialRequest(String credential) {
    }

    @PostMapping(value = "/credential",
            consumes = {MediaType.TEXT_PLAIN_VALUE, "application/vc+jwt", "application/jwt"})
    @Operation(summary = "Verify an Open Badges credential (compact VC-JWT in the body)")
    Verdict verify(@RequestBody(required = false) String credential) {
        return verdict(credentials.verify(credential));
    }

    @PostMapping(value = "/credential", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify an Open Badges credential sent as {\"credential\": \"<compact VC-JWT>\"}")
    Verdict verifyJson(@RequestBody CredentialRequest request) {
        return verdict(credentials.verify(request.credential()));
    }

    private Verdict verdict(CredentialVerification verification) {
        return new Verdict(verification.outcome(),
                messages.getMessage(verification.explanation(), LocaleContextHolder.getLocale()),
                verification.signatureValid(), verification.unexpired(), verification.status(),
                verification.certificate(), verification.statusList());
    }
}
