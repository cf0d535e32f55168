package eu.skills4cities.citycert.certificate;

import java.util.List;

import eu.skills4cities.citycert.security.CurrentUserProvider;
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

/** The holder's certificates over JSON, and their PDFs. */
@RestController
@RequestMapping("/api/certificates")
@Tag(name = "Certificates", description = "Issued certificates of the signed-in holder")
class CertificateApiController {

    private final CertificateService certificates;
    private final CurrentUserProvider users;

    CertificateApiController(CertificateService certificates, CurrentUserProvider users) {
        this.certificates = certificates;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "My certificates, newest first")
    List<CertificateInfo> mine() {
        return certificates.mine(users.require());
    }

    @GetMapping("/{number}/pdf")
    @Operation(summary = "Download a certificate as PDF (its holder, officers, auditors, administrators)")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        byte[] pdf = certificates.pdf(users.require(), number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(number + ".pdf").build().toString())
                .body(pdf);
    }
}
