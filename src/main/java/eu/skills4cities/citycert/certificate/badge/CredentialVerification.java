package eu.skills4cities.citycert.certificate.badge;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;

/**
 * The verdict on a credential someone presented.
 *
 * @param outcome        the verdict in one word
 * @param explanation    the verdict as a sentence
 * @param signatureValid the signature is intact and made with one of the issuer's published keys
 * @param unexpired      within its validFrom and validUntil today; null when the signature is not valid
 *                       (then its dates mean nothing)
 * @param status         what the register says of the certificate today; null when not known
 * @param certificate    what the register shows of the certificate; null unless the signature is valid
 * @param statusList     what the credential's status lists say today, purpose (revocation, suspension) to
 *                       whether its bit is set; empty for a credential without {@code credentialStatus}
 */
public record CredentialVerification(Outcome outcome, UserMessage explanation, boolean signatureValid,
                                     Boolean unexpired, CertificateStatus status, Certificate certificate,
                                     java.util.Map<String, Boolean> statusList) {

    public enum Outcome {
        /** genuine, unexpired, and the certificate is active in the register */
        VALID,
        /**
         * genuine, but expired, or the register shows the certificate suspended, withdrawn or
         * superseded, or its status list says suspended or revoked
         */
        NOT_CURRENT,
        /** the content was changed after signing, or a signature that names our key was made with another */
        SIGNATURE_INVALID,
        /** signed with a key the issuer does not publish (or names none of them) */
        UNKNOWN_KEY,
        /** genuine signature, but the content is no credential of a certificate in the register */
        NOT_A_CERTIFICATE
    }

    /** What the register shows of the certificate: only what public verification may show. */
    public record Certificate(String number, String holderName, String roleTitle, String unitTitle,
                              List<CertifiedUnit> units, LocalDate issuedOn, LocalDate validUntil) {
    }

    static CredentialVerification refused(Outcome outcome, UserMessage explanation) {
        return new CredentialVerification(outcome, explanation, false, null, null, null, java.util.Map.of());
    }
}
