package eu.skills4cities.citycert.certificate.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.certificate.CertifiedUnit;

/**
 * What renewing one certificate asks, from the role's scheme settings of its framework version.
 *
 * @param opensOn             the first day a renewal may be submitted (the window's days before expiry)
 * @param requiredHours       the CPD hours the cycle asks
 * @param requiredUnits       how many of the certificate's units the activities keep current, at least
 * @param units               the certificate's units, the ones activities may keep current
 * @param successorValidUntil the last valid day of a successor issued now
 * @param recertifyBy         the day the chain's recertification falls due (first issue + recertification years)
 */
public record RenewalTerms(LocalDate opensOn, int requiredHours, int requiredUnits, List<CertifiedUnit> units,
                           LocalDate successorValidUntil, LocalDate recertifyBy) {

    public RenewalTerms {
        units = List.copyOf(units);
    }

    /** True when a renewed certificate would outlast the recertification date: the holder recertifies instead. */
    public boolean recertificationDue() {
        return successorValidUntil.isAfter(recertifyBy);
    }

    public boolean open(LocalDate today) {
        return !today.isBefore(opensOn);
    }
}
