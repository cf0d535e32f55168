package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An issued certificate, without its PDF.
 *
 * @param frameworkVersionId the exact framework version the certified application was judged against
 * @param frameworkLabel     that version, for people ("S4C-SMART-CITY v1 (Sample 2026)")
 * @param unitCode           for a unit certificate: the unit it certifies; null for a role certificate
 * @param recordedStatus     the status the certification body recorded: ACTIVE, SUSPENDED, WITHDRAWN or EXPIRED
 * @param supersededBy       the later certificate that replaced this one, or null
 */
public record CertificateInfo(UUID id, String number, UUID applicationId, String holderUsername, String holderName,
                              String roleCode, String roleTitle, Integer eqfLevel, UUID frameworkVersionId,
                              String frameworkLabel, LocalDate issuedOn, LocalDate validUntil, String unitCode,
                              String unitTitle, String recordedStatus, UUID supersededBy) {

    /** The status anyone who asks is told on the given day. */
    public CertificateStatus status(LocalDate today) {
        return CertificateStatus.of(recordedStatus, supersededBy, validUntil, today);
    }

    /**
     * Days until the certificate expires, counted from {@code today}: 1 on its last valid day, 0 or less
     * once it has expired (it expires at the end of its last valid day).
     */
    public long daysToExpiry(LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil.plusDays(1));
    }

    /** True for a unit certificate (a micro-credential for one unit passed so far). */
    public boolean unitCertificate() {
        return unitCode != null;
    }
}
