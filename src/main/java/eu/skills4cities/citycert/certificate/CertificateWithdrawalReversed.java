package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.util.UUID;

/**
 * The appeals panel upheld an appeal against a withdrawal: the certificate is active again, its
 * revocation bit is cleared (the one exception to a revocation being for good, docs/credentials.md)
 * and its lifecycle starts again. Published by {@link CertificateAppeals} in the transaction that
 * records the reversal in the certificate's status history.
 *
 * @param appealNumber the appeal that reversed the withdrawal
 */
public record CertificateWithdrawalReversed(UUID certificateId, String number, String holder, String reason,
                                            String decidedBy, String appealNumber, Instant at) {
}
