package eu.skills4cities.citycert.certificate.register;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateReinstated;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateSuspended;
import eu.skills4cities.citycert.certificate.CertificateWithdrawn;

/**
 * What a certification officer may decide about an issued certificate. A suspension can be
 * lifted by a reinstatement; a withdrawal is final.
 */
public enum StatusDecision {
    SUSPEND("SUSPENDED", "certificate-suspended"),
    REINSTATE("ACTIVE", "certificate-reinstated"),
    WITHDRAW("WITHDRAWN", "certificate-withdrawn");

    private final String recordedStatus;
    private final String mailKey;

    StatusDecision(String recordedStatus, String mailKey) {
        this.recordedStatus = recordedStatus;
        this.mailKey = mailKey;
    }

    /** The status stored on the certificate (and in its history) once decided. */
    public String recordedStatus() {
        return recordedStatus;
    }

    /** The mail ({@code mail.<key>}) that tells the holder. */
    String mailKey() {
        return mailKey;
    }

    /**
     * Why this decision makes no sense for a certificate with the given status today, or empty
     * when it may be taken: a withdrawal is final; only an active certificate can be suspended
     * (an expired or superseded one no longer counts anyway), only a suspended one reinstated.
     */
    public Optional<UserMessage> refusal(String number, CertificateStatus current) {
        if (current == CertificateStatus.WITHDRAWN) {
            return Optional.of(UserMessage.of("problem.certificate-register.withdrawn-final", number));
        }
        return switch (this) {
            case SUSPEND -> switch (current) {
                case SUSPENDED -> Optional.of(UserMessage.of("problem.certificate-register.already-suspended", number));
                case EXPIRED -> Optional.of(UserMessage.of("problem.certificate-register.suspend-expired", number));
                case SUPERSEDED -> Optional.of(UserMessage.of("problem.certificate-register.suspend-superseded", number));
                default -> Optional.empty();
            };
            case REINSTATE -> current == CertificateStatus.SUSPENDED ? Optional.empty()
                    : Optional.of(UserMessage.of("problem.certificate-register.reinstate-not-suspended", number));
            case WITHDRAW -> Optional.empty();
        };
    }

    /** The event that tells the other modules this decision was taken. */
    Object event(CertificateInfo certificate, String reason, String officer, Instant at) {
        return switch (this) {
            case SUSPEND -> new CertificateSuspended(certificate.id(), certificate.number(),
                    certificate.holderUsername(), reason, officer, at);
            case REINSTATE -> new CertificateReinstated(certificate.id(), certificate.number(),
                    certificate.holderUsername(), reason, officer, at);
            case WITHDRAW -> new CertificateWithdrawn(certificate.id(), certificate.number(),
                    certificate.holderUsername(), reason, officer, at);
        };
    }

    /** The decision that records this status in a certificate's history. */
    static StatusDecision recording(String status) {
        return Arrays.stream(values()).filter(d -> d.recordedStatus.equals(status)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No decision records status " + status));
    }
}
