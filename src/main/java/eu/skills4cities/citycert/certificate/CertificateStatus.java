package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the register says of a certificate today. Suspension and withdrawal are decisions the
 * certification body records; expiry follows from the validity date, and supersession from a
 * later certificate that covers this one (a role certificate over the unit certificates before it).
 */
public enum CertificateStatus {
    ACTIVE, SUSPENDED, WITHDRAWN, EXPIRED, SUPERSEDED;

    /**
     * The status shown to anyone who asks: a recorded withdrawal or suspension comes first, then
     * supersession, then expiry.
     *
     * @param recorded     the stored status (ACTIVE, SUSPENDED or WITHDRAWN)
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
