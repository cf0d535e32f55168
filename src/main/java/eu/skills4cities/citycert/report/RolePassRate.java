package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A role's assessments in the period, by the assessment's outcome: competent (every unit the role
 * needs), partial, not yet competent; the pass rate is the share judged competent (0 to 1).
 */
public record RolePassRate(String roleCode, long assessed, long competent, long partial, long notYetCompetent,
                           BigDecimal passRate) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(roleCode, Long.toString(assessed), Long.toString(competent), Long.toString(partial),
                Long.toString(notYetCompetent), passRate.toPlainString());
    }
}
