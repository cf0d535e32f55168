package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate's last valid day ended and its lifecycle process recorded it as expired. Published in
 * the transaction that records the status.
 */
public record CertificateExpired(UUID certificateId, String number, String holder, LocalDate validUntil,
        Instant at) {
}
