package eu.skills4cities.citycert.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.skills4cities.citycert.security.Role;

/**
 * The figures of the reports page, in its order: the path of each in the API
 * ({@code /api/reports/<path>}), the columns of its rows (message keys {@code report.column.<column>},
 * in the order of {@link ReportRow#cells()}), and who may read it: {@link Role#REPORT_READERS}, but the
 * assessors' consistency only {@link Role#ASSESSOR_CONSISTENCY_READERS}, and the item statistics exam authors too
 * ({@link Role#EXAM_AUTHOR}, who write and revise the items; the statistics name no candidate).
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
            List.of("assessor", "applications", "units", "passed", "pass-rate", "mean-score"),
            Role.ASSESSOR_CONSISTENCY_READERS),
    UNIT_ROUTE_PASS_RATES("unit-route-pass-rates",
            List.of("role", "unit", "route", "assessed", "passed", "pass-rate", "mean-score"), false),
    ITEM_STATISTICS("item-statistics", List.of("role", "unit", "element", "item", "item-version", "presented",
            "answered", "answered-right", "share-right", "item-rest", "review"), itemStatisticsReaders());

    private final String path;
    private final List<String> columns;
    private final Set<Role> readers;

    ReportFigure(String path, List<String> columns, boolean restricted) {
        this(path, columns, restricted ? Role.ASSESSOR_CONSISTENCY_READERS : Role.REPORT_READERS);
    }

    ReportFigure(String path, List<String> columns, Set<Role> readers) {
        this.path = path;
        this.columns = columns;
        this.readers = readers;
    }

    public String path() {
        return path;
    }

    public List<String> columns() {
        return columns;
    }

    /** Who may read it. */
    public Set<Role> readers() {
        return readers;
    }

    /** Everyone who may read at least one figure: who may open the reports. */
    public static Set<Role> anyReaders() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).forEach(figure -> roles.addAll(figure.readers));
        return Set.copyOf(roles);
    }

    private static Set<Role> itemStatisticsReaders() {
        Set<Role> roles = EnumSet.copyOf(Role.REPORT_READERS);
        roles.add(Role.EXAM_AUTHOR);
        return Set.copyOf(roles);
    }

    public static Optional<ReportFigure> ofPath(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
