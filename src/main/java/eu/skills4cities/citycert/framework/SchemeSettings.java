package eu.skills4cities.citycert.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The certification scheme rules of one role (ECQA practice, configurable per role).
 *
 * @param routes               how the role is assessed
 * @param passMarkPercent      the share of a unit's marks needed to pass it
 * @param unitsRequired        units needed for the full role certificate; null means all
 * @param retakeWindowMonths   how long failed units can be retaken without starting over
 * @param validityMonths       how long a certificate is valid before it must be renewed
 * @param recertificationYears after how many years a new assessment is required
 * @param renewalReminderDays  how many days before expiry holders are reminded, largest first
 * @param scoreElements        assessors score every element and a unit's score is their mean;
 *                             otherwise they score each unit as a whole
 */
public record SchemeSettings(List<AssessmentRoute> routes, BigDecimal passMarkPercent, Integer unitsRequired,
                             int retakeWindowMonths, int validityMonths, int recertificationYears,
                             List<Integer> renewalReminderDays, boolean scoreElements) {

    public static final BigDecimal DEFAULT_PASS_MARK = new BigDecimal("66.7");


    public SchemeSettings {
        routes = List.copyOf(routes);
        renewalReminderDays = List.copyOf(renewalReminderDays);
    }

    public static SchemeSettings defaults() {
        return new SchemeSettings(List.of(AssessmentRoute.PORTFOLIO), DEFAULT_PASS_MARK, null, 12, 24, 7,
                List.of(90, 30), false);
    }
}
