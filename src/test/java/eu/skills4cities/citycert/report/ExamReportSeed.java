package eu.skills4cities.citycert.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import static eu.skills4cities.citycert.report.ReportSeed.at;

/**
 * The exams of {@code ExamFiguresTest}, written in SQL into the exam and assessment tables under the reporting
 * views of V43, for a fresh role ({@link ReportSeed}'s) in {@value ReportSeed#YEAR}: five items, six submitted
 * sessions answering them as the test's table says, sessions that must not count (voided, running, the year
 * after), and applications with unit scores on each route.
 *
 * <p>In SQL rather than through {@code ExamSessions}: the service draws each form at random and shuffles its
 * options, and sessions of the demo's role at today's date come and go with other tests in the shared database; a
 * hand-computed correlation needs these exact forms and answers, in a year and a role of their own.
 */
final class ExamReportSeed {

    /** The items by name, each with its unit, element and correct options (the bank's indexes). */
    private static final Map<String, String[]> ITEMS = items();

    final ReportSeed seed;
    final Map<String, String> itemCodes = new LinkedHashMap<>();
    private final Map<String, UUID> itemIds = new LinkedHashMap<>();
    private final JdbcTemplate jdbc;
    private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    ExamReportSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.seed = new ReportSeed(jdbc);
    }

    String role() {
        return seed.role;
    }

    /** The items, the sessions and their answers of {@code ExamFiguresTest}'s table. */
    ExamReportSeed sessions() {
        ITEMS.forEach(this::item);
        // chosen options per item: null unanswered, "" answered then cleared (not answered)
        session("SUBMITTED", at(3, 1), "I1", "1", "I2", "2", "I3", "2,0", "I4", "2", "I5", "0");
        session("SUBMITTED", at(3, 2), "I1", "1", "I2", "2", "I3", "0,2", "I4", "2", "I5", "0");
        session("SUBMITTED", at(3, 3), "I1", "1", "I2", "1", "I3", "0", "I4", "1", "I5", "0");
        session("SUBMITTED", at(3, 4), "I1", "1", "I2", "2", "I3", "0,2", "I5", "0");
        session("SUBMITTED", at(3, 5), "I1", "0", "I2", null, "I3", "0,1,2", "I5", "0");
        session("SUBMITTED", at(3, 6), "I1", "", "I2", "0", "I3", "1", "I5", "0");
        // not counted: voided, still running, submitted the year after (all right: they would change every figure)
        session("VOIDED", at(4, 1), "I1", "1", "I2", "0", "I3", "0,2", "I4", "2", "I5", "0");
        session("RUNNING", null, "I1", "1", "I2", "0", "I3", "0,2", "I4", "2", "I5", "0");
        session("SUBMITTED", OffsetDateTime.of(ReportSeed.YEAR + 1, 1, 10, 0, 0, 0, 0, ZoneOffset.UTC),
                "I1", "1", "I2", "0", "I3", "0,2", "I4", "2", "I5", "0");
        return this;
    }

    /** Applications with unit scores of units U1 and U2 on each route, as {@code ExamFiguresTest} lists them. */
    ExamReportSeed routes() {
        UUID portfolio = seed.application("PARTIALLY_CERTIFIED");
        score(portfolio, "U1", "80.00", true, "PORTFOLIO", at(5, 1));
        score(portfolio, "U2", "40.00", false, "PORTFOLIO", at(5, 1));
        UUID exam = seed.application("PARTIALLY_CERTIFIED");
        sessionOf(exam, "SUBMITTED", at(5, 1));
        score(exam, "U1", "75.00", true, "EXAM", at(5, 2));
        score(exam, "U2", "50.00", false, "EXAM", at(5, 2));
        UUID exam2 = seed.application("PARTIALLY_CERTIFIED");
        sessionOf(exam2, "SUBMITTED", at(5, 1));
        score(exam2, "U1", "30.00", false, "EXAM", at(5, 3));
        score(exam2, "U2", "90.00", true, "EXAM", at(5, 3));
        UUID both = seed.application("CERTIFIED");
        sessionOf(both, "SUBMITTED", at(5, 1));
        score(both, "U1", "70.00", true, "EXAM", at(5, 4));
        score(both, "U2", "65.00", true, "PORTFOLIO", at(5, 4));
        // its exam voided: no exam taken, the assessor scored the portfolio
        UUID voided = seed.application("PARTIALLY_CERTIFIED");
        sessionOf(voided, "VOIDED", at(5, 1));
        score(voided, "U1", "61.00", true, "PORTFOLIO", at(5, 5));
        // scored the year after: in no figure of the year
        score(seed.application("CERTIFIED"), "U1", "99.00", true, "EXAM",
                OffsetDateTime.of(ReportSeed.YEAR + 1, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        return this;
    }

    private void item(String name, String[] item) {
        UUID id = UUID.randomUUID();
        String code = "RPT-" + suffix + "-" + name;
        StringBuilder options = new StringBuilder("[");
        for (int i = 0; i < 3; i++) {
            boolean correct = item[2].contains(Integer.toString(i));
            options.append(i == 0 ? "" : ", ").append("{\"text\": \"Seeded option ").append(i)
                    .append("\", \"correct\": ").append(correct).append('}');
        }
        jdbc.update("""
                INSERT INTO exam_item (id, code, version, status, role_code, unit_code, element_code, stem, options,
                 explanation, difficulty, created_at, created_by, updated_at, updated_by, approved_at, approved_by)
                VALUES (?, ?, 1, 'APPROVED', ?, ?, ?, 'Seeded stem, never reported', CAST(? AS jsonb), 'seeded', 'MEDIUM',
                 ?, 'rpt-author', ?, 'rpt-author', ?, 'rpt-approver')
                """, id, code, seed.role, item[0], item[1], options.append(']').toString(), at(1, 1), at(1, 1),
                at(1, 2));
        itemIds.put(name, id);
        itemCodes.put(name, code);
    }

    /** A session of its own application with the items in the order given, each with the options chosen. */
    private void session(String status, OffsetDateTime submitted, String... itemsAndChosen) {
        UUID session = sessionOf(seed.application("IN_ASSESSMENT"), status, submitted);
        for (int i = 0; i < itemsAndChosen.length; i += 2) {
            String[] item = ITEMS.get(itemsAndChosen[i]);
            String chosen = itemsAndChosen[i + 1];
            jdbc.update("""
                    INSERT INTO exam_session_item (session_id, position, item_id, unit_code, element_code, option_order,
                     chosen, answered_at)
                    VALUES (?, ?, ?, ?, ?, '2,0,1', ?, ?)
                    """, session, i / 2 + 1, itemIds.get(itemsAndChosen[i]), item[0], item[1], chosen,
                    chosen == null ? null : at(2, 28));
        }
    }

    private UUID sessionOf(UUID application, String status, OffsetDateTime submitted) {
        UUID id = UUID.randomUUID();
        OffsetDateTime started = submitted == null ? at(6, 1) : submitted.minusMinutes(50);
        jdbc.update("""
                INSERT INTO exam_session (id, application_id, application_number, candidate, role_code, status,
                 started_at, ends_at, submitted_at, submitted_by, voided_at, voided_by, void_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, application, "A-RPT-" + id.toString().substring(0, 8), "rpt-exam-" + id, seed.role, status, started,
                started.plusMinutes(60), "RUNNING".equals(status) ? null : submitted,
                "RUNNING".equals(status) ? null : "CANDIDATE", "VOIDED".equals(status) ? submitted.plusDays(1) : null,
                "VOIDED".equals(status) ? "rpt-assessor" : null, "VOIDED".equals(status) ? "seeded" : null);
        return id;
    }

    private void score(UUID application, String unit, String score, boolean passed, String method,
                       OffsetDateTime at) {
        jdbc.update("""
                INSERT INTO unit_assessment (id, application, task_id, unit_code, score, pass_mark, passed, assessor,
                 assessed_at, method)
                VALUES (?, ?, ?, ?, CAST(? AS numeric), 60, ?, 'rpt-assessor', ?, ?)
                """, UUID.randomUUID(), application, "rpt-assess-" + application, unit, score, passed, at, method);
    }

    private static Map<String, String[]> items() {
        Map<String, String[]> items = new LinkedHashMap<>();
        items.put("I1", new String[] {"U1", "U1-E1", "1"});
        items.put("I2", new String[] {"U1", "U1-E2", "0"});
        items.put("I3", new String[] {"U2", "U2-E3", "02"});
        items.put("I4", new String[] {"U2", "U2-E3", "2"});
        items.put("I5", new String[] {"U1", "U1-E1", "0"});
        return items;
    }
}
