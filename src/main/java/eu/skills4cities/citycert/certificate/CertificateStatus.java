package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the register says of a certificate today. Suspension and withdrawal are decisions the
 * certification body records; expiry is recorded by the certificate's lifecycle process at the end of
 * its last valid day, and follows from the validity date until then (the timer's job may run a little
 * later), so register, verification and status agree; supersession follows from a later certificate
 * that covers this one (a role certificate over the unit certificates before it).
 */
public enum CertificateStatus {
    ACTIVE, SUSPENDED, WITHDRAWN, EXPIRED, SUPERSEDED;

    /**
     * The status shown to anyone who asks: a recorded withdrawal or suspension comes first, then
     * supersession, then expiry.
     *
     * @param recorded     the stored status (ACTIVE, SUSPENDED, WITHDRAWN or EXPIRED)
     * @param supersededBy the certificate that replaced this one, or null
     */
    public static CertificateStatus of(String recorded, UUID supersededBy, LocalDate validUntil, LocalDate today) {
        CertificateStatus stored = recorded == null ? ACTIVE : valueOf(recorded);
        if (stored != ACTIVE) {
            return stored;
        }
        if (supersededBy != null) {
            return SUPERSEDED;
        }
        return today.isAfter(validUntil) ? EXPIRED : ACTIVE;
    }
}
