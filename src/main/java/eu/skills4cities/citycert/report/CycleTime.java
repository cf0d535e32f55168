package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Days from submission to a stage, for the applications of a role that reached it in the period:
 * how many, the median and the 90th percentile (continuous, as PostgreSQL's {@code percentile_cont}).
 */
public record CycleTime(String roleCode, CycleStage stage, long applications, BigDecimal medianDays,
                        BigDecimal p90Days) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(roleCode, stage.name(), Long.toString(applications), medianDays.toPlainString(),
                p90Days.toPlainString());
    }
}
