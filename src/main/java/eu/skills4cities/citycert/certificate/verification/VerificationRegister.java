package eu.skills4cities.citycert.certificate.verification;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The few register facts verification needs beyond {@code CertificateService}: numbers by PDF hash and by id. */
@Component
class VerificationRegister {

    private final JdbcClient jdbc;

    VerificationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of the certificate whose signed PDF has this SHA-256 (hex). */
    Optional<String> numberByPdfSha256(String sha256) {
        return jdbc.sql("SELECT number FROM certificate WHERE pdf_sha256 = ? ORDER BY issued_on DESC LIMIT 1")
                .param(sha256).query(String.class).optional();
    }

    Optional<String> number(UUID certificateId) {
        return jdbc.sql("SELECT number FROM certificate WHERE id = ?").param(certificateId)
                .query(String.class).optional();
    }
}
