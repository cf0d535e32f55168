package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued certificate, without its PDF.
 *
 * @param frameworkVersionId the exact framework version the certified application was judged against
 * @param frameworkLabel     that version, for people ("S4C-SMART-CITY v1 (Sample 2026)")
 * @param unitCode           for a unit certificate: the unit it certifies; null for a role certificate
 */
public record CertificateInfo(UUID id, String number, UUID applicationId, String holderUsername, String holderName,
                              String roleCode, String roleTitle, Integer eqfLevel, UUID frameworkVersionId,
                              String frameworkLabel, LocalDate issuedOn, LocalDate validUntil, String unitCode,
                              String unitTitle) {

    /** True for a unit certificate (a micro-credential for one unit passed so far). */
    public boolean unitCertificate() {
        return unitCode != null;
    }
}
