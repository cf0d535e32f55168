package eu.skills4cities.citycert.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the reports page, in its order: the path of each in the API
 * ({@code /api/reports/<path>}), the columns of its rows (message keys {@code report.column.<column>},
 * in the order of {@link ReportRow#cells()}), and whether only {@link
 * eu.skills4cities.citycert.security.Role#ASSESSOR_CONSISTENCY_READERS} may read it.
 */
public enum ReportFigure {
    PERIOD("period", List.of("measure", "count"), false),
    CYCLE_TIMES("cycle-times", List.of("role", "stage", "applications", "median-days", "p90-days"), false),
    SERVICE_LEVELS("service-levels", List.of("stage", "month", "overdue", "escalated"), false),
    BACKLOG("backlog", List.of("queue", "open", "unassigned", "overdue"), false),
    ROLE_PASS_RATES("role-pass-rates",
            List.of("role", "assessed", "competent", "partial", "not-yet-competent", "pass-rate"), false),
    UNIT_PASS_RATES("unit-pass-rates", List.of("role", "unit", "assessed", "passed", "pass-rate", "mean-score"), false),
    SCORE_DISTRIBUTION("score-distribution", List.of("role", "unit", "band", "scores"), false),
    OUTCOME_TIMES("outcome-times", List.of("kind", "received", "decided", "upheld", "median-days"), false),
    ASSESSOR_CONSISTENCY("assessor-consistency",
            List.of("assessor", "applications", "units", "passed", "pass-rate", "mean-score"), true);

    private final String path;
    private final List<String> columns;
    private final boolean restricted;

    ReportFigure(String path, List<String> columns, boolean restricted) {
        this.path = path;
        this.columns = columns;
        this.restricted = restricted;
    }

    public String path() {
        return path;
    }

    public List<String> columns() {
        return columns;
    }

    /** True when only officers and auditors may read it (the assessors' consistency). */
    public boolean restricted() {
        return restricted;
    }

    public static Optional<ReportFigure> ofPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
