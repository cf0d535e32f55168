package eu.skills4cities.citycert.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.AssessmentOutcome;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of every figure: counted, grouped and ranked by PostgreSQL (GROUP BY, FILTER,
 * percentile_cont, width_bucket, date_trunc), never by loading rows into Java. It reads CityCert's
 * tables only through the reporting views of Flyway {@code V20}, {@code V33} (complaints) and {@code V37}
 * (appeals, renewals), each published by the module
 * that owns the table under it, and the engine's task tables ({@code ACT_HI_TASKINST},
 * {@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}), which the engine owns and other modules
 * read too. Read-only; the callers check who may read.
 *
 * <p>One class of nearly 400 lines for every figure's SQL, on purpose: the figures share the period
 * and role fragments, the stage mapping and the views' joins, which one class per figure would repeat.
 */
@Component
class ReportQueries {

    private static final String STAFF_TASKS = Arrays.stream(Stage.values())
            .map(stage -> "'" + stage.activityId() + "'").collect(Collectors.joining(", "));
    private static final String STAGE_OF_TASK = Arrays.stream(Stage.values())
            .map(stage -> "WHEN '" + stage.activityId() + "' THEN '" + stage.name() + "'")
            .collect(Collectors.joining(" ", "CASE t.task_def_key_ ", " END"));
    private static final String STAGE_ORDER = Arrays.stream(Stage.values())
            .map(stage -> "WHEN '" + stage.name() + "' THEN " + stage.ordinal())
            .collect(Collectors.joining(" ", "CASE %s ", " END"));

    /** What each period measure counts: its source and the condition on the source's rows. */
    private static final Map<PeriodMeasure, Measure> MEASURES = measures();

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement, one scan of each source for the period: each measure is a {@code count(...) FILTER
     * (WHERE ...)} over its source's rows, and the sources' single rows are joined.
     */
    List<PeriodCount> periodCounts(ReportFilter filter) {
        List<String> sources = new ArrayList<>();
        for (Source source : Source.values()) {
            List<Map.Entry<PeriodMeasure, Measure>> measures = MEASURES.entrySet().stream()
                    .filter(m -> m.getValue().source() == source).toList();
            if (measures.isEmpty()) {
                continue;
            }
            String counts = measures.stream().map(m -> source.count + " FILTER (WHERE " + m.getValue().condition()
                    + ") AS " + m.getKey().name()).collect(Collectors.joining(", "));
            String any = measures.stream().map(m -> m.getValue().condition()).collect(Collectors.joining(" OR "));
            sources.add(source.name().toLowerCase() + " AS (SELECT " + counts + " " + source.rows
                    .replace("{role.a}", role(filter, "a")).replace("{role.c}", role(filter, "c"))
                    .replace("{role.p}", role(filter, "p")).replace("{role.r}", role(filter, "r"))
                    + " AND (" + any + "))");
        }
        String sql = "WITH " + String.join(",\n", sources) + "\nSELECT * FROM " + Arrays.stream(Source.values())
                .filter(source -> MEASURES.values().stream().anyMatch(m -> m.source() == source))
                .map(source -> source.name().toLowerCase()).collect(Collectors.joining(", "));
        return jdbc.sql(sql).params(params(filter)).query((rs, n) -> {
            List<PeriodCount> counts = new ArrayList<>();
            for (PeriodMeasure measure : PeriodMeasure.values()) {
                counts.add(new PeriodCount(measure, rs.getLong(measure.name())));
            }
            return counts;
        }).single();
    }

    List<CycleTime> cycleTimes(ReportFilter filter) {
        StringBuilder firsts = new StringBuilder();
        StringBuilder reached = new StringBuilder();
        for (CycleStage stage : CycleStage.values()) {
            String column = stage.name().toLowerCase();
            firsts.append(",\n min(s.occurred_at) FILTER (WHERE s.step IN (").append(quoted(stage.steps()))
                    .append(")) AS ").append(column);
            reached.append(reached.isEmpty() ? "" : ", ").append("(").append(stage.ordinal()).append(", '")
                    .append(stage.name()).append("', f.").append(column).append(")");
        }
        String allSteps = quoted(Arrays.stream(CycleStage.values()).flatMap(s -> s.steps().stream()).toList());
        return jdbc.sql("""
                        WITH touched AS (
                          SELECT DISTINCT s.application FROM report_application_step s %s
                          WHERE s.step IN (%s) AND s.occurred_at >= :start AND s.occurred_at < :end %s
                        ), firsts AS (
                          SELECT s.application,
                           min(s.occurred_at) FILTER (WHERE s.step = 'SUBMITTED') AS submitted%s
                          FROM report_application_step s
                          WHERE s.application IN (SELECT application FROM touched) AND s.step IN ('SUBMITTED', %s)
                          GROUP BY s.application
                        )
                        SELECT a.role_code, r.stage, count(*) AS applications,
                         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.days)::numeric, 2) AS median_days,
                         round(percentile_cont(0.9) WITHIN GROUP (ORDER BY r.days)::numeric, 2) AS p90_days
                        FROM firsts f JOIN report_application a ON a.application = f.application
                        CROSS JOIN LATERAL (
                          SELECT v.ordinal, v.stage, extract(epoch FROM v.at - f.submitted)::float8 / 86400 AS days
                          FROM (VALUES %s) AS v(ordinal, stage, at)
                          WHERE v.at >= :start AND v.at < :end) r
                        WHERE f.submitted IS NOT NULL
                        GROUP BY a.role_code, r.ordinal, r.stage
                        ORDER BY a.role_code, r.ordinal
                        """.formatted(filter.allRoles() ? "" : "JOIN report_application a ON a.application = s.application",
                        allSteps, role(filter, "a"), firsts, allSteps, reached))
                .params(params(filter))
                .query((rs, n) -> new CycleTime(rs.getString("role_code"), CycleStage.valueOf(rs.getString("stage")),
                        rs.getLong("applications"), rs.getBigDecimal("median_days"), rs.getBigDecimal("p90_days")))
                .list();
    }

    List<ServiceLevel> serviceLevels(ReportFilter filter, Instant now) {
        return jdbc.sql("""
                        WITH overdue AS (
                          SELECT %s AS stage, to_char(date_trunc('month', t.due_date_), 'YYYY-MM') AS month, count(*) AS n
                          FROM act_hi_taskinst t JOIN report_application a ON a.process_instance_id = t.proc_inst_id_
                          WHERE t.task_def_key_ IN (%s) AND t.due_date_ >= :start AND t.due_date_ < :end
                           AND (t.end_time_ > t.due_date_ OR (t.end_time_ IS NULL AND t.due_date_ < :now)) %s
                          GROUP BY 1, 2
                        ), escalated AS (
                          SELECT x.stage, to_char(date_trunc('month', x.escalated_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
                           count(*) AS n
                          FROM report_task_escalation x JOIN report_application a ON a.application = x.application
                          WHERE x.escalated_at >= :start AND x.escalated_at < :end %s
                          GROUP BY 1, 2
                        )
                        SELECT coalesce(o.stage, e.stage) AS stage, coalesce(o.month, e.month) AS month,
                         coalesce(o.n, 0) AS overdue, coalesce(e.n, 0) AS escalated
                        FROM overdue o FULL JOIN escalated e ON e.stage = o.stage AND e.month = o.month
                        ORDER BY 2, %s
                        """.formatted(STAGE_OF_TASK, STAFF_TASKS, role(filter, "a"), role(filter, "a"),
                        STAGE_ORDER.formatted("coalesce(o.stage, e.stage)")))
                .params(params(filter)).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, n) -> new ServiceLevel(rs.getString("stage"), rs.getString("month"), rs.getLong("overdue"),
                        rs.getLong("escalated")))
                .list();
    }

    List<QueueBacklog> backlog(ReportFilter filter, Instant now) {
        return jdbc.sql("""
                        SELECT i.group_id_ AS queue, count(*) AS open, count(*) FILTER (WHERE t.assignee_ IS NULL) AS unassigned,
                         count(*) FILTER (WHERE t.due_date_ < :now) AS overdue
                        FROM act_ru_task t
                        JOIN act_ru_identitylink i ON i.task_id_ = t.id_ AND i.type_ = 'candidate' AND i.group_id_ IS NOT NULL
                        JOIN report_application a ON a.process_instance_id = t.proc_inst_id_
                        WHERE t.task_def_key_ IN (%s) %s
                        GROUP BY i.group_id_ ORDER BY i.group_id_
                        """.formatted(STAFF_TASKS, role(filter, "a")))
                .params(params(filter)).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, n) -> new QueueBacklog(rs.getString("queue"), rs.getLong("open"), rs.getLong("unassigned"),
                        rs.getLong("overdue")))
                .list();
    }

    List<UnitPassRate> unitPassRates(ReportFilter filter) {
        return jdbc.sql("""
                        SELECT a.role_code, u.unit_code, count(*) AS assessed, count(*) FILTER (WHERE u.passed) AS passed,
                         round(avg(CASE WHEN u.passed THEN 1.0 ELSE 0.0 END), 4) AS pass_rate, round(avg(u.score), 2) AS mean_score
                        FROM report_unit_score u JOIN report_application a ON a.application = u.application
                        WHERE u.assessed_at >= :start AND u.assessed_at < :end %s
                        GROUP BY a.role_code, u.unit_code ORDER BY 1, 2
                        """.formatted(role(filter, "a")))
                .params(params(filter))
                .query((rs, n) -> new UnitPassRate(rs.getString("role_code"), rs.getString("unit_code"),
                        rs.getLong("assessed"), rs.getLong("passed"), rs.getBigDecimal("pass_rate"),
                        rs.getBigDecimal("mean_score")))
                .list();
    }

    List<RolePassRate> rolePassRates(ReportFilter filter) {
        return jdbc.sql("""
                        SELECT a.role_code, count(*) AS assessed,
                         count(*) FILTER (WHERE o.verdict = '%1$s') AS competent,
                         count(*) FILTER (WHERE o.verdict = '%2$s') AS partial,
                         count(*) FILTER (WHERE o.verdict = '%3$s') AS not_yet_competent,
                         round(avg(CASE WHEN o.verdict = '%1$s' THEN 1.0 ELSE 0.0 END), 4) AS pass_rate
                        FROM report_task_outcome o JOIN report_application a ON a.application = o.application
                        WHERE o.stage = '%4$s' AND o.completed_at >= :start AND o.completed_at < :end %5$s
                        GROUP BY a.role_code ORDER BY 1
                        """.formatted(AssessmentOutcome.COMPETENT.name(), AssessmentOutcome.PARTIAL.name(),
                        AssessmentOutcome.NOT_YET_COMPETENT.name(), Stage.ASSESSMENT.name(), role(filter, "a")))
                .params(params(filter))
                .query((rs, n) -> new RolePassRate(rs.getString("role_code"), rs.getLong("assessed"),
                        rs.getLong("competent"), rs.getLong("partial"), rs.getLong("not_yet_competent"),
                        rs.getBigDecimal("pass_rate")))
                .list();
    }

    List<ScoreBand> scoreDistribution(ReportFilter filter) {
        return jdbc.sql("""
                        WITH counted AS (
                          SELECT a.role_code, u.unit_code, least(width_bucket(u.score, 0, 100, 10), 10) AS band,
                           count(*) AS scores
                          FROM report_unit_score u JOIN report_application a ON a.application = u.application
                          WHERE u.assessed_at >= :start AND u.assessed_at < :end %s
                          GROUP BY 1, 2, 3
                        )
                        SELECT un.role_code, un.unit_code, (b.band - 1) * 10 AS lowest, coalesce(c.scores, 0) AS scores
                        FROM (SELECT DISTINCT role_code, unit_code FROM counted) un
                        CROSS JOIN generate_series(1, 10) AS b(band)
                        LEFT JOIN counted c ON c.role_code = un.role_code AND c.unit_code = un.unit_code AND c.band = b.band
                        ORDER BY 1, 2, 3
                        """.formatted(role(filter, "a")))
                .params(params(filter))
                .query((rs, n) -> new ScoreBand(rs.getString("role_code"), rs.getString("unit_code"),
                        rs.getInt("lowest"), rs.getLong("scores")))
                .list();
    }

    List<AssessorConsistency> assessorConsistency(ReportFilter filter) {
        return jdbc.sql("""
                        SELECT u.assessor, count(DISTINCT u.application) AS applications, count(*) AS units,
                         count(*) FILTER (WHERE u.passed) AS passed,
                         round(avg(CASE WHEN u.passed THEN 1.0 ELSE 0.0 END), 4) AS pass_rate, round(avg(u.score), 2) AS mean_score
                        FROM report_unit_score u JOIN report_application a ON a.application = u.application
                        WHERE u.assessed_at >= :start AND u.assessed_at < :end %s
                        GROUP BY u.assessor ORDER BY u.assessor
                        """.formatted(role(filter, "a")))
                .params(params(filter))
                .query((rs, n) -> new AssessorConsistency(rs.getString("assessor"), rs.getLong("applications"),
                        rs.getLong("units"), rs.getLong("passed"), rs.getBigDecimal("pass_rate"),
                        rs.getBigDecimal("mean_score")))
                .list();
    }

    /**
     * Appeals, then complaints: received, decided and upheld in the period, and the median days from receipt
     * to the outcome of those decided in it; a kind with nothing in the period has no row.
     */
    List<OutcomeTime> outcomeTimes(ReportFilter filter) {
        return jdbc.sql("""
                        WITH appeals AS (
                          %s FROM report_appeal p
                          WHERE (p.received_at >= :start AND p.received_at < :end OR p.closed_at >= :start AND p.closed_at < :end) %s
                        ), complaints AS (
                          %s FROM report_complaint c
                          WHERE (c.received_at >= :start AND c.received_at < :end OR c.closed_at >= :start AND c.closed_at < :end) %s
                        )
                        SELECT * FROM appeals WHERE received > 0 OR decided > 0
                        UNION ALL SELECT * FROM complaints WHERE received > 0 OR decided > 0
                        ORDER BY ordinal
                        """.formatted(outcomeCounts(0, "APPEAL", "p", "p.status IN ('UPHELD', 'REJECTED')",
                                "p.status = 'UPHELD'"), role(filter, "p"),
                        outcomeCounts(1, "COMPLAINT", "c", "TRUE",
                                "c.outcome IN ('UPHELD', 'WARNING', 'SUSPEND', 'WITHDRAW')"), role(filter, "c")))
                .params(params(filter))
                .query((rs, n) -> new OutcomeTime(rs.getString("kind"), rs.getLong("received"), rs.getLong("decided"),
                        rs.getLong("upheld"), rs.getBigDecimal("median_days")))
                .list();
    }

    /** The select list of one kind's row: its rows' {@code received_at} and {@code closed_at}, named by alias. */
    private static String outcomeCounts(int ordinal, String kind, String alias, String decided, String upheld) {
        String closed = "%1$s.closed_at >= :start AND %1$s.closed_at < :end AND " + decided;
        return ("SELECT " + ordinal + " AS ordinal, '" + kind + "' AS kind,"
                + " count(*) FILTER (WHERE %1$s.received_at >= :start AND %1$s.received_at < :end) AS received,"
                + " count(*) FILTER (WHERE " + closed + ") AS decided,"
                + " count(*) FILTER (WHERE " + closed + " AND " + upheld + ") AS upheld,"
                + " round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM %1$s.closed_at - %1$s.received_at)"
                + "::float8 / 86400) FILTER (WHERE " + closed + "))::numeric, 2) AS median_days").formatted(alias);
    }

    /** The role codes applications were submitted for. */
    List<String> appliedRoles() {
        return jdbc.sql("SELECT DISTINCT role_code FROM report_application ORDER BY 1").query(String.class).list();
    }

    boolean anyApplicationFor(String roleCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM report_application WHERE role_code = :role)")
                .param("role", roleCode).query(Boolean.class).single();
    }

    /** The rows a period measure counts: where they come from, in the period, for the role ({@code {role.…}}). */
    private enum Source {
        STEPS("count(DISTINCT s.application)", """
                FROM report_application_step s JOIN report_application a ON a.application = s.application
                WHERE s.occurred_at >= :start AND s.occurred_at < :end {role.a}"""),
        OUTCOMES("count(*)", """
                FROM report_task_outcome o JOIN report_application a ON a.application = o.application
                WHERE o.completed_at >= :start AND o.completed_at < :end {role.a}"""),
        ISSUED("count(*)", "FROM report_certificate c WHERE c.issued_on BETWEEN :fromDay AND :toDay {role.c}"),
        STATUS_CHANGES("count(*)", """
                FROM report_certificate_status_change h JOIN report_certificate c ON c.certificate = h.certificate
                WHERE h.changed_at >= :start AND h.changed_at < :end {role.c}"""),
        // received and closed are different moments: each measure's condition names its own (a role filter
        // leaves out the complaints about the body, which name no role)
        COMPLAINTS("count(*)", "FROM report_complaint c WHERE TRUE {role.c}"),
        // as for complaints: received and closed are each measure's own condition
        APPEALS("count(*)", "FROM report_appeal p WHERE TRUE {role.p}"),
        RENEWALS("count(*)", "FROM report_renewal r WHERE TRUE {role.r}");

        private final String count;
        private final String rows;

        Source(String count, String rows) {
            this.count = count;
            this.rows = rows;
        }
    }

    private record Measure(Source source, String condition) {
    }

    private static Map<PeriodMeasure, Measure> measures() {
        Map<PeriodMeasure, Measure> m = new EnumMap<>(PeriodMeasure.class);
        m.put(PeriodMeasure.RECEIVED, step("SUBMITTED"));
        m.put(PeriodMeasure.ELIGIBLE, step("ELIGIBLE"));
        m.put(PeriodMeasure.NOT_ELIGIBLE, step("NOT_ELIGIBLE"));
        m.put(PeriodMeasure.REFUSED_AT_REVIEW, outcome(Stage.REVIEW, ReviewVerdict.INSUFFICIENT.name()));
        m.put(PeriodMeasure.REFUSED_AT_DECISION, outcome(Stage.DECISION, CertificationVerdict.REFUSE.name()));
        m.put(PeriodMeasure.WITHDRAWN, step("WITHDRAWN"));
        m.put(PeriodMeasure.LAPSED, step("LAPSED"));
        m.put(PeriodMeasure.CERTIFIED, step("CERTIFIED"));
        m.put(PeriodMeasure.PARTIALLY_CERTIFIED, step("PARTIALLY_CERTIFIED"));
        m.put(PeriodMeasure.ROLE_CERTIFICATES_ISSUED, new Measure(Source.ISSUED, "c.role_certificate"));
        m.put(PeriodMeasure.UNIT_CERTIFICATES_ISSUED, new Measure(Source.ISSUED, "NOT c.role_certificate"));
        m.put(PeriodMeasure.CERTIFICATES_SUSPENDED, new Measure(Source.STATUS_CHANGES, "h.status = 'SUSPENDED'"));
        m.put(PeriodMeasure.CERTIFICATES_WITHDRAWN, new Measure(Source.STATUS_CHANGES, "h.status = 'WITHDRAWN'"));
        m.put(PeriodMeasure.COMPLAINTS_RECEIVED, during(Source.COMPLAINTS, "TRUE", "c.received_at"));
        m.put(PeriodMeasure.COMPLAINTS_DECIDED, during(Source.COMPLAINTS, "TRUE", "c.closed_at"));
        m.put(PeriodMeasure.APPEALS_RECEIVED, during(Source.APPEALS, "TRUE", "p.received_at"));
        m.put(PeriodMeasure.APPEALS_DECIDED, during(Source.APPEALS, "p.status IN ('UPHELD', 'REJECTED')", "p.closed_at"));
        m.put(PeriodMeasure.APPEALS_UPHELD, during(Source.APPEALS, "p.status = 'UPHELD'", "p.closed_at"));
        m.put(PeriodMeasure.APPEALS_REJECTED, during(Source.APPEALS, "p.status = 'REJECTED'", "p.closed_at"));
        m.put(PeriodMeasure.APPEALS_LAPSED, during(Source.APPEALS, "p.status = 'LAPSED'", "p.closed_at"));
        m.put(PeriodMeasure.RECERTIFICATIONS_RECEIVED, new Measure(Source.STEPS,
                "s.step = 'SUBMITTED' AND a.recertification"));
        m.put(PeriodMeasure.RENEWALS_RECEIVED, during(Source.RENEWALS, "TRUE", "r.submitted_at"));
        m.put(PeriodMeasure.RENEWALS_ACCEPTED, during(Source.RENEWALS, "r.status = 'ACCEPTED'", "r.decided_at"));
        m.put(PeriodMeasure.RENEWALS_REFUSED, during(Source.RENEWALS, "r.status = 'REFUSED'", "r.decided_at"));
        if (m.size() != PeriodMeasure.values().length) {
            throw new IllegalStateException("Every period measure needs its SQL");
        }
        return m;
    }

    private static Measure step(String step) {
        return new Measure(Source.STEPS, "s.step = '" + step + "'");
    }

    /** The source's rows that meet the condition and whose {@code column} (a time) falls in the period. */
    private static Measure during(Source source, String condition, String column) {
        return new Measure(source, condition + " AND " + column + " >= :start AND " + column + " < :end");
    }

    private static Measure outcome(Stage stage, String verdict) {
        return new Measure(Source.OUTCOMES, "o.stage = '" + stage.name() + "' AND o.verdict = '" + verdict + "'");
    }

    /** The role filter's condition on {@code alias.role_code}, or nothing for every role. */
    static String role(ReportFilter filter, String alias) {
        return filter.allRoles() ? "" : "AND " + alias + ".role_code = :role";
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    /** The filter's parameters: {@code :start} and {@code :end} (times), {@code :fromDay}, {@code :toDay}, {@code :role}. */
    static Map<String, Object> params(ReportFilter filter) {
        return Map.of("start", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC),
                "end", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                "fromDay", filter.from(), "toDay", filter.to(),
                "role", filter.allRoles() ? "" : filter.roleCode());
    }
}
