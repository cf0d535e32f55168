package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.util.UUID;

/**
 * A reduction of scope reversed on an upheld appeal: the unit is on a new role certificate again.
 *
 * @param certificateId the certificate whose scope was reduced
 * @param successor     the number of the certificate with the unit again
 */
public record CertificateScopeRestored(UUID certificateId, String number, String holder, String unitCode,
                                       String successor, String appealNumber, String reason, String decidedBy,
                                       Instant at) {
}
