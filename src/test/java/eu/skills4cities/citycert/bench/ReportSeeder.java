package eu.skills4cities.citycert.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes applications with their whole history in SQL ({@code generate_series}), for the reports
 * benchmark: the candidate's account, the application, its timeline, task outcomes, unit scores,
 * certificates and their status changes, the engine's task history and escalations. Application
 * {@code i} is submitted at a fixed pseudo-random moment of the three years before now, takes one of
 * twenty paths in turn (1 not eligible, 1 withdrawn, 1 lapsed, 2 refused at review, 2 refused at
 * decision, 4 partially certified, 9 certified) and is scored on three units by one of 25 assessors; the SCPD
 * applications that reached assessment sat an exam first ({@link #exams()}).
 */
final class ReportSeeder {

    private final JdbcTemplate jdbc;

    ReportSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds applications {@code from} to {@code to} (inclusive), in one transaction (the caller's or auto-commit). */
    void seed(int from, int to) {
        jdbc.execute("DROP TABLE IF EXISTS bench_app");
        jdbc.update("""
                CREATE UNLOGGED TABLE bench_app AS
                SELECT i, gen_random_uuid() AS id, i % 20 AS kind, (ARRAY['SCPD', 'SCPM', 'SCPMC'])[1 + i % 3] AS role_code,
                 s.submitted,
                 s.submitted + (1 + i % 3) * interval '1 day' AS review_at,
                 s.submitted + (3 + i % 3 + i % 7) * interval '1 day' AS assess_at,
                 s.submitted + (5 + i % 3 + i % 7 + i % 5) * interval '1 day' AS decide_at,
                 s.submitted + (7 + i % 3 + i % 7 + i % 5 + i % 4) * interval '1 day' AS decided_at
                FROM generate_series(?, ?) AS i
                CROSS JOIN LATERAL (SELECT now() - interval '1095 days' * ((i::bigint * 2654435761) % 1000003) / 1000003.0
                 AS submitted) s
                """, from, to);
        jdbc.update("""
                INSERT INTO user_account (id, username, password_hash, full_name, email, enabled, created_at, version)
                SELECT gen_random_uuid(), 'bench-c-' || i, 'no password', 'Bench Reports Candidate ' || i,
                 'bench-c-' || i || '@bench.invalid', TRUE, submitted, 0 FROM bench_app
                """);
        jdbc.update("""
                INSERT INTO application (id, number, candidate_username, role_code, statement, status, created_at,
                 updated_at, version, process_instance_id, submitted_at)
                SELECT id, 'B-' || lpad(i::text, 7, '0'), 'bench-c-' || i, role_code, 'Seeded for the reports benchmark',
                 CASE WHEN kind = 0 THEN 'NOT_ELIGIBLE' WHEN kind = 1 THEN 'WITHDRAWN' WHEN kind = 2 THEN 'LAPSED'
                  WHEN kind <= 6 THEN 'REJECTED' WHEN kind <= 10 THEN 'PARTIALLY_CERTIFIED' ELSE 'CERTIFIED' END,
                 submitted, decided_at, 0, 'bench-pi-' || i, submitted
                FROM bench_app
                """);
        step("'SUBMITTED'", "submitted", "TRUE");
        step("'NOT_ELIGIBLE'", "submitted", "kind = 0");
        step("'ELIGIBLE'", "submitted", "kind > 0");
        step("'IN_REVIEW'", "review_at", "kind > 0");
        step("'WITHDRAWN'", "review_at + interval '1 hour'", "kind = 1");
        step("'AWAITING_CANDIDATE'", "review_at + interval '1 hour'", "kind = 2");
        step("'LAPSED'", "review_at + interval '30 days'", "kind = 2");
        step("'REJECTED'", "assess_at", "kind IN (3, 4)");
        step("'IN_ASSESSMENT'", "assess_at", "kind >= 5");
        step("'AWAITING_DECISION'", "decide_at", "kind >= 5");
        step("CASE WHEN kind <= 6 THEN 'REJECTED' WHEN kind <= 10 THEN 'PARTIALLY_CERTIFIED' ELSE 'CERTIFIED' END",
                "decided_at", "kind >= 5");
        outcome("REVIEW", "CASE WHEN kind IN (3, 4) THEN 'INSUFFICIENT' ELSE 'SUFFICIENT' END", "assess_at",
                "kind >= 3");
        outcome("ASSESSMENT", "CASE WHEN kind <= 6 THEN 'NOT_YET_COMPETENT' WHEN kind <= 10 THEN 'PARTIAL' "
                + "ELSE 'COMPETENT' END", "decide_at", "kind >= 5");
        outcome("DECISION", "CASE WHEN kind <= 6 THEN 'REFUSE' ELSE 'CERTIFY' END", "decided_at", "kind >= 5");
        jdbc.update("""
                INSERT INTO unit_assessment (id, application, task_id, unit_code, score, pass_mark, passed, assessor,
                 assessed_at)
                SELECT gen_random_uuid(), id, 'bench-assess-' || i, role_code || '-U' || u, sc.score, 60, sc.score >= 60,
                 'bench-assessor-' || (i % 25), decide_at
                FROM bench_app CROSS JOIN generate_series(1, 3) AS u
                CROSS JOIN LATERAL (SELECT ((i * 31 + u * 17 + i % 25 * 3) % 101)::numeric AS score) sc
                WHERE kind >= 5
                """);
        exams();
        jdbc.update("""
                INSERT INTO certificate (id, number, application, holder_username, holder_name, role_code, role_title,
                 unit_code, issued_on, valid_until, pdf, created_at)
                SELECT gen_random_uuid(), 'BC-' || i, id, 'bench-c-' || i, 'Bench Reports Candidate ' || i, role_code,
                 'Bench role', CASE WHEN kind <= 10 THEN role_code || '-U1' END, decided_at::date,
                 decided_at::date + 1095, '\\x00'::bytea, decided_at
                FROM bench_app WHERE kind >= 7
                """);
        jdbc.update("""
                INSERT INTO certificate_status_change (id, certificate, status, reason, changed_by, changed_at)
                SELECT gen_random_uuid(), c.id, CASE WHEN b.i % 97 = 0 THEN 'WITHDRAWN' ELSE 'SUSPENDED' END,
                 'Seeded', 'bench-officer', b.decided_at + interval '60 days'
                FROM bench_app b JOIN certificate c ON c.application = b.id
                WHERE b.i % 50 = 0 OR b.i % 97 = 0
                """);
        task("Activity_ReviewEvidence", "review_at", "CASE WHEN kind = 1 THEN review_at + interval '1 hour' "
                + "WHEN kind = 2 THEN review_at + interval '30 days' ELSE assess_at END", "kind > 0");
        task("Activity_AssessCandidate", "assess_at", "decide_at", "kind >= 5");
        task("Activity_DecideCertification", "decide_at", "decided_at", "kind >= 5");
        jdbc.update("""
                INSERT INTO task_escalation (id, application, stage, task_id, escalated_at, notified)
                SELECT gen_random_uuid(), id, 'REVIEW', 'bench-task-review-' || i, review_at + interval '2 days', 'lead'
                FROM bench_app WHERE kind > 0 AND i % 23 = 0
                """);
        jdbc.execute("DROP TABLE bench_app");
        for (String table : new String[] {"user_account", "application", "application_event", "task_outcome",
                "unit_assessment", "certificate", "certificate_status_change", "act_hi_taskinst", "task_escalation",
                "exam_session", "exam_session_item"}) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
    }

    /**
     * The SCPD applications that reached assessment sat an exam: a session submitted before the assessment, with
     * every approved SCPD item of the bank (the demo's: 56), each answered right when the candidate's ability
     * ({@code i % 10}) is above the item's difficulty ({@code hashtext(code) % 10}), else with a wrong option; their
     * unit scores are the exam's, but unit 3 of every other one is the portfolio's (route both).
     */
    private void exams() {
        jdbc.update("""
                INSERT INTO exam_session (id, application_id, application_number, candidate, role_code, status,
                 started_at, ends_at, submitted_at, submitted_by)
                SELECT gen_random_uuid(), id, 'B-' || lpad(i::text, 7, '0'), 'bench-c-' || i, role_code, 'SUBMITTED',
                 assess_at - interval '2 hours', assess_at - interval '1 hour', assess_at - interval '70 minutes',
                 'CANDIDATE'
                FROM bench_app WHERE role_code = 'SCPD' AND kind >= 5
                """);
        jdbc.update("""
                INSERT INTO exam_session_item (session_id, position, item_id, unit_code, element_code, option_order,
                 chosen, answered_at)
                SELECT e.id, row_number() OVER (PARTITION BY e.id ORDER BY it.code), it.id, it.unit_code,
                 it.element_code, '0,1,2', CASE WHEN b.i % 10 > abs(hashtext(it.code)) % 10 THEN it.key ELSE it.wrong END,
                 e.submitted_at - interval '5 minutes'
                FROM exam_session e JOIN bench_app b ON b.id = e.application_id
                CROSS JOIN (SELECT x.id, x.code, x.unit_code, x.element_code,
                             (SELECT string_agg((o.n - 1)::text, ',') FROM jsonb_array_elements(x.options)
                              WITH ORDINALITY AS o(opt, n) WHERE (o.opt ->> 'correct')::boolean) AS key,
                             (SELECT min(o.n - 1)::text FROM jsonb_array_elements(x.options)
                              WITH ORDINALITY AS o(opt, n) WHERE NOT (o.opt ->> 'correct')::boolean) AS wrong
                            FROM exam_item x WHERE x.role_code = 'SCPD' AND x.status = 'APPROVED') it
                """);
        jdbc.update("""
                UPDATE unit_assessment u SET method = 'EXAM'
                FROM bench_app b JOIN exam_session e ON e.application_id = b.id
                WHERE u.application = b.id AND NOT (b.i % 2 = 0 AND u.unit_code = b.role_code || '-U3')
                """);
    }

    private void step(String step, String at, String where) {
        jdbc.update("INSERT INTO application_event (id, application, status, occurred_at) "
                + "SELECT gen_random_uuid(), id, " + step + ", " + at + " FROM bench_app WHERE " + where);
    }

    private void outcome(String stage, String verdict, String at, String where) {
        jdbc.update("INSERT INTO task_outcome (id, application, stage, task_id, verdict, comment, actor, completed_at) "
                + "SELECT gen_random_uuid(), id, '" + stage + "', 'bench-task-" + stage.toLowerCase() + "-' || i, "
                + verdict + ", 'Seeded', 'bench-worker-' || (i % 25), " + at + " FROM bench_app WHERE " + where);
    }

    /** A staff task in the engine's history, due five days after it opened (times without zone, as the engine keeps them). */
    private void task(String activity, String start, String end, String where) {
        jdbc.update("INSERT INTO act_hi_taskinst (id_, proc_inst_id_, proc_def_key_, task_def_key_, name_, start_time_, "
                + "end_time_, due_date_, priority_, delete_reason_) "
                + "SELECT 'bench-" + activity + "-' || i, 'bench-pi-' || i, 'certification', '" + activity + "', 'Seeded', "
                + "(" + start + ")::timestamp, (" + end + ")::timestamp, (" + start + " + interval '5 days')::timestamp, 50, "
                + "'completed' FROM bench_app WHERE " + where);
    }
}
