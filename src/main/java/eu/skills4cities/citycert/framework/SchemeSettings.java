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
 * @param maxSuspensionMonths  the longest a certificate stays suspended before the officers are escalated to
 *                             (0 in framework versions stored before the setting existed: the default)
 * @param cpdHoursPerCycle     the hours of continuing professional development a renewal shows for one cycle
 *                             (the certificate's validity); 0 in versions stored before: the default 40
 * @param cpdUnitsRequired     how many of the role's units a renewal's activities keep current, at least;
 *                             0 in versions stored before: the default 1
 * @param renewalWindowDays    how many days before expiry the holder may submit a renewal; 0 in versions
 *                             stored before: the default 90
 * @param appealWindowDays     how many days after a decision its candidate or holder may appeal it
 *                             (0 in framework versions stored before the setting existed: the default)
 * @param examItemsPerElement  how many items an exam draws per element (route EXAM); 0 in versions stored
 *                             before: the default 10 (ECQA practice)
 * @param examTimeLimitMinutes how long an exam session lasts; 0 in versions stored before: the default 60
 * @param examWindowDays       how many days after the application is accepted for assessment the exam must be
 *                             taken; 0 in versions stored before: the default 30
 * @param examAttempts         how many attempts a retake allows; 0 in versions stored before: the default 2
 * @param portfolioUnits       on the route exam and portfolio: the codes of the units the assessor scores from the
 *                             portfolio, the others taking the exam's score; empty (and in versions stored before the
 *                             setting existed): every unit, the exam's score standing beside it
 */
public record SchemeSettings(List<AssessmentRoute> routes, BigDecimal passMarkPercent, Integer unitsRequired,
                             int retakeWindowMonths, int validityMonths, int recertificationYears,
                             List<Integer> renewalReminderDays, boolean scoreElements,
                             int maxSuspensionMonths, int cpdHoursPerCycle, int cpdUnitsRequired,
                             int renewalWindowDays, int appealWindowDays, int examItemsPerElement,
                             int examTimeLimitMinutes, int examWindowDays, int examAttempts,
                             List<String> portfolioUnits) {

    public static final BigDecimal DEFAULT_PASS_MARK = new BigDecimal("66.7");
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(90, 30, 7);
    public static final int DEFAULT_MAX_SUSPENSION_MONTHS = 6;
    public static final int DEFAULT_CPD_HOURS = 40;
    public static final int DEFAULT_CPD_UNITS = 1;
    public static final int DEFAULT_RENEWAL_WINDOW_DAYS = 90;
    public static final int DEFAULT_APPEAL_WINDOW_DAYS = 30;
    public static final int DEFAULT_EXAM_ITEMS_PER_ELEMENT = 10;
    public static final int DEFAULT_EXAM_TIME_LIMIT_MINUTES = 60;
    public static final int DEFAULT_EXAM_WINDOW_DAYS = 30;
    public static final int DEFAULT_EXAM_ATTEMPTS = 2;

    public SchemeSettings {
        routes = List.copyOf(routes);
        // versions stored before a setting existed read it as missing: they get its default
        renewalReminderDays = renewalReminderDays == null ? DEFAULT_REMINDER_DAYS : List.copyOf(renewalReminderDays);
        maxSuspensionMonths = maxSuspensionMonths <= 0 ? DEFAULT_MAX_SUSPENSION_MONTHS : maxSuspensionMonths;
        cpdHoursPerCycle = cpdHoursPerCycle <= 0 ? DEFAULT_CPD_HOURS : cpdHoursPerCycle;
        cpdUnitsRequired = cpdUnitsRequired <= 0 ? DEFAULT_CPD_UNITS : cpdUnitsRequired;
        renewalWindowDays = renewalWindowDays <= 0 ? DEFAULT_RENEWAL_WINDOW_DAYS : renewalWindowDays;
        appealWindowDays = appealWindowDays <= 0 ? DEFAULT_APPEAL_WINDOW_DAYS : appealWindowDays;
        examItemsPerElement = examItemsPerElement <= 0 ? DEFAULT_EXAM_ITEMS_PER_ELEMENT : examItemsPerElement;
        examTimeLimitMinutes = examTimeLimitMinutes <= 0 ? DEFAULT_EXAM_TIME_LIMIT_MINUTES : examTimeLimitMinutes;
        examWindowDays = examWindowDays <= 0 ? DEFAULT_EXAM_WINDOW_DAYS : examWindowDays;
        examAttempts = examAttempts <= 0 ? DEFAULT_EXAM_ATTEMPTS : examAttempts;
        portfolioUnits = portfolioUnits == null ? List.of() : List.copyOf(portfolioUnits);
    }

    /**
     * Whether the assessor scores the unit from the portfolio when the exam stands beside it (route exam and
     * portfolio): when {@link #portfolioUnits} names it, or names none.
     */
    public boolean portfolioCovers(String unitCode) {
        return portfolioUnits.isEmpty() || portfolioUnits.contains(unitCode);
    }

    public static SchemeSettings defaults() {
        return new SchemeSettings(List.of(AssessmentRoute.PORTFOLIO), DEFAULT_PASS_MARK, null, 12, 24, 7,
                DEFAULT_REMINDER_DAYS, false, DEFAULT_MAX_SUSPENSION_MONTHS, DEFAULT_CPD_HOURS, DEFAULT_CPD_UNITS,
                DEFAULT_RENEWAL_WINDOW_DAYS, DEFAULT_APPEAL_WINDOW_DAYS, DEFAULT_EXAM_ITEMS_PER_ELEMENT,
                DEFAULT_EXAM_TIME_LIMIT_MINUTES, DEFAULT_EXAM_WINDOW_DAYS, DEFAULT_EXAM_ATTEMPTS, List.of());
    }
}
