package eu.skills4cities.citycert.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the exam route's figures (issue 20), beside {@link ReportQueries} and with its period and role
 * fragments: counted, correlated and grouped by PostgreSQL ({@code corr}, {@code GROUP BY}, {@code FILTER}) over the
 * reporting views of Flyway {@code V43} ({@code report_exam_session}, {@code report_exam_item_answer},
 * {@code report_exam_item}, and
 * {@code report_unit_score} with its {@code method}), never by loading sessions or answers into Java. Read-only; the
 * callers check who may read.
 */
@Component
class ExamReportQueries {

    private final JdbcClient jdbc;

    ExamReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Unit scores given in the period, per role, unit and the route the application took ({@link RouteTaken}):
     * the route is read over all the application's unit scores and exam sessions, not only the period's.
     */
    List<UnitRoutePassRate> unitRoutePassRates(ReportFilter filter) {
        return jdbc.sql("""
                        WITH scored AS (
                          SELECT a.role_code, u.application, u.unit_code, u.passed, u.score
                          FROM report_unit_score u JOIN report_application a ON a.application = u.application
                          WHERE u.assessed_at >= :start AND u.assessed_at < :end %s
                        ), applications AS (
                          SELECT DISTINCT application FROM scored
                        ), examined AS (
                          SELECT DISTINCT e.application FROM report_exam_session e
                          WHERE e.status = 'SUBMITTED' AND e.application IN (SELECT application FROM applications)
                        ), portfolio AS (
                          SELECT DISTINCT p.application FROM report_unit_score p
                          WHERE p.method = 'PORTFOLIO' AND p.application IN (SELECT application FROM examined)
                        ), routes AS (
                          -- sets joined once (hash joins), not two probes per application
                          SELECT s.application,
                           CASE WHEN x.application IS NULL THEN 'PORTFOLIO'
                                WHEN p.application IS NOT NULL THEN 'BOTH'
                                ELSE 'EXAM' END AS route
                          FROM applications s LEFT JOIN examined x ON x.application = s.application
                           LEFT JOIN portfolio p ON p.application = s.application
                        )
                        SELECT s.role_code, s.unit_code, r.route, count(*) AS assessed,
                         count(*) FILTER (WHERE s.passed) AS passed,
                         round(avg(CASE WHEN s.passed THEN 1.0 ELSE 0.0 END), 4) AS pass_rate,
                         round(avg(s.score), 2) AS mean_score
                        FROM scored s JOIN routes r ON r.application = s.application
                        GROUP BY s.role_code, s.unit_code, r.route
                        ORDER BY 1, 2, CASE r.route WHEN 'EXAM' THEN 0 WHEN 'BOTH' THEN 1 ELSE 2 END
                        """.formatted(ReportQueries.role(filter, "a")))
                .params(ReportQueries.params(filter))
                .query((rs, n) -> new UnitRoutePassRate(rs.getString("role_code"), rs.getString("unit_code"),
                        RouteTaken.valueOf(rs.getString("route")), rs.getLong("assessed"), rs.getLong("passed"),
                        rs.getBigDecimal("pass_rate"), rs.getBigDecimal("mean_score")))
                .list();
    }

    /**
     * Per item version, over the sessions submitted in the period (for the role): the counts, the share right and
     * the item–rest correlation (the rest: the other items of the same session answered right), which needs
     * {@link ItemStatistic#MIN_SESSIONS} sessions; {@code corr} is null when either score never varies.
     */
    List<ItemStatistic> itemStatistics(ReportFilter filter) {
        // each session's total once (a hash aggregate), then per item version (by its id) before its codes are
        // joined: no sort of the answers, which a window over the session would need
        return jdbc.sql("""
                        WITH answers AS (
                          SELECT x.session, x.item, x.answered, CASE WHEN x.answered_right THEN 1 ELSE 0 END AS score
                          FROM report_exam_item_answer x
                          WHERE x.submitted_at >= :start AND x.submitted_at < :end %s
                        ), totals AS (
                          SELECT a.session, sum(a.score) AS total FROM answers a GROUP BY a.session
                        ), items AS (
                          SELECT a.item, count(*) AS presented, count(*) FILTER (WHERE a.answered) AS answered,
                           sum(a.score) AS answered_right, round(avg(a.score), 4) AS share_right,
                           corr(a.score, t.total - a.score) AS item_rest
                          FROM answers a JOIN totals t ON t.session = a.session
                          GROUP BY a.item
                        )
                        SELECT r.role_code, r.unit_code, r.element_code, r.item_code, r.item_version, s.presented,
                         s.answered, s.answered_right, s.share_right,
                         CASE WHEN s.presented >= :fewest THEN round(s.item_rest::numeric, 4) END AS item_rest
                        FROM items s JOIN report_exam_item r ON r.item = s.item
                        ORDER BY 1, 2, 3, 4, 5
                        """.formatted(ReportQueries.role(filter, "x")))
                .params(ReportQueries.params(filter)).param("fewest", ItemStatistic.MIN_SESSIONS)
                .query((rs, n) -> new ItemStatistic(rs.getString("role_code"), rs.getString("unit_code"),
                        rs.getString("element_code"), rs.getString("item_code"), rs.getInt("item_version"),
                        rs.getLong("presented"), rs.getLong("answered"), rs.getLong("answered_right"),
                        rs.getBigDecimal("share_right"), rs.getBigDecimal("item_rest")))
                .list();
    }
}
