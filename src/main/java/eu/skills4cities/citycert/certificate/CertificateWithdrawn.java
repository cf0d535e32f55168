package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.util.UUID;

/**
 * A certification officer withdrew a certificate, for good. Published by the register
 * ({@code register.CertificateRegister}) in the transaction that records the decision in the
 * certificate's status history.
 */
public record CertificateWithdrawn(UUID certificateId, String number, String holder, String reason, String decidedBy,
        Instant at) {
}
