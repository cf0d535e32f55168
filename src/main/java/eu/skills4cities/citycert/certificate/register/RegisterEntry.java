package eu.skills4cities.citycert.certificate.register;

import java.time.LocalDate;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateStatus;

/**
 * One certificate as the register shows it to staff.
 *
 * @param unitCode           for a unit certificate: the unit it certifies; null for a role certificate
 * @param frameworkLabel     the framework version the certificate was judged against
 * @param status             the status on the day of the query
 * @param supersededByNumber the number of the certificate that replaced this one, or null
 */
public record RegisterEntry(UUID id, String number, String holderUsername, String holderName, String roleCode,
                            String roleTitle, String unitCode, String unitTitle, Integer eqfLevel,
                            String frameworkLabel, LocalDate issuedOn, LocalDate validUntil, CertificateStatus status,
                            String supersededByNumber) {

    /** True for a unit certificate (a micro-credential for one unit). */
    public boolean unitCertificate() {
        return unitCode != null;
    }
}
