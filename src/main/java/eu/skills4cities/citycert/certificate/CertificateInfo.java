package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

/** An issued certificate, without its PDF. */
public record CertificateInfo(UUID id, String number, UUID applicationId, String holderUsername, String holderName,
                              String roleCode, String roleTitle, LocalDate issuedOn, LocalDate validUntil) {
}
