package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate was issued: stored, sealed and given its credential, in the issuing transaction.
 * Published by {@link CertificateService} once per certificate actually inserted (a retried
 * issuance that finds its certificates publishes nothing).
 *
 * @param unitCode the unit of a unit certificate; null for a role certificate
 */
public record CertificateIssued(UUID certificateId, String number, UUID applicationId, String holder,
                                String roleCode, String unitCode, LocalDate issuedOn, LocalDate validUntil) {
}
