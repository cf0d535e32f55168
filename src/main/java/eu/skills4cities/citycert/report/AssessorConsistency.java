package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One assessor's scoring in the period: applications and units assessed, units passed, the share
 * passed (0 to 1) and the mean score, to set beside the others'. Officers and auditors only.
 */
public record AssessorConsistency(String assessor, long applications, long units, long passed, BigDecimal passRate,
                                  BigDecimal meanScore) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(assessor, Long.toString(applications), Long.toString(units), Long.toString(passed),
                passRate.toPlainString(), meanScore.toPlainString());
    }
}
