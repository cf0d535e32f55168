package eu.skills4cities.citycert.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes many open review tasks quickly by copying, in SQL, every runtime row of one real
 * process instance that waits at "Review evidence" (started through {@code ApplicationService.submit}):
 * its execution, task, candidate group link ({@code reviewers}), process variables (with the
 * serialized eligibility result), withdrawal message subscription, and on CityCert's side the
 * candidate's account and role, the application and its evidence documents. Each copy gets new
 * ids, its own candidate, application number, role (the three sample roles in turn), creation
 * time (one second apart, older than the original) and due date; every tenth copy is claimed by
 * a colleague. History rows are not copied: the inbox does not read them.
 *
 * <p>Columns are read from the catalogue, so a copy stays complete when the engine adds columns; generated
 * columns (the name keys of V54) are left to the database.
 */
final class OpenTaskSeeder {

    static final String COLLEAGUE = "bench-colleague";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String templateInstance;

    OpenTaskSeeder(JdbcTemplate jdbc, TransactionTemplate transaction, String templateInstance) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.templateInstance = templateInstance;
    }

    /**
     * Adds the copies numbered {@code from} to {@code to} (inclusive), in one transaction per
     * 10 000; copies numbered up to {@code assignedToReviewer} are claimed by that reviewer.
     */
    void copies(int from, int to, String reviewer, int assignedToReviewer) {
        for (int batch = from; batch <= to; batch += 10_000) {
            int start = batch;
            int end = Math.min(to, start + 9_999);
            transaction.executeWithoutResult(status -> copyBatch(start, end, reviewer, assignedToReviewer));
        }
        for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_variable", "act_ru_execution", "act_ru_job",
                "act_ru_event_subscr", "act_ge_bytearray", "application", "user_account", "evidence_document")) {
            jdbc.execute("VACUUM ANALYZE " + table);
        }
    }

    private void copyBatch(int from, int to, String reviewer, int assignedToReviewer) {
        jdbc.update("""
                CREATE TEMPORARY TABLE bench_copy ON COMMIT DROP AS
                SELECT n,
                       gen_random_uuid()::text AS instance,
                       gen_random_uuid()::text AS scope,
                       gen_random_uuid()::text AS task,
                       gen_random_uuid()::text AS eligibility,
                       gen_random_uuid() AS application,
                       gen_random_uuid() AS account,
                       'bench-candidate-' || n AS username,
                       'Bench Candidate ' || n AS full_name,
                       'A-1999-' || lpad(n::text, 6, '0') AS number,
                       (ARRAY['SCPD', 'SCPM', 'SCPMC'])[1 + n % 3] AS role_code,
                       CASE WHEN n <= ? THEN ? WHEN n % 10 = 0 THEN ? END AS assignee,
                       t.create_time_ - make_interval(secs => n) AS created
                FROM generate_series(?, ?) n, act_ru_task t
                WHERE t.proc_inst_id_ = ?
                """, assignedToReviewer, reviewer, COLLEAGUE, from, to, templateInstance);
        String template = "'" + templateInstance + "'";
        String taskOfTemplate = "(SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = " + template + ")";
        String applicationOfTemplate = "(SELECT id FROM application WHERE process_instance_id = " + template + ")";

        copy("user_account", "t.username = (SELECT candidate_username FROM application WHERE process_instance_id = "
                + template + ")", Map.of("id", "c.account", "username", "c.username", "full_name", "c.full_name",
                "email", "c.username || '@bench.citycert.test'"));
        copy("user_role", "t.user_account = (SELECT id FROM user_account WHERE username = (SELECT candidate_username"
                + " FROM application WHERE process_instance_id = " + template + "))", Map.of("user_account", "c.account"));
        copy("application", "t.process_instance_id = " + template, Map.of("id", "c.application", "number", "c.number",
                "candidate_username", "c.username", "role_code", "c.role_code", "process_instance_id", "c.instance",
                "created_at", "c.created", "updated_at", "c.created"));
        jdbc.execute("CREATE TEMPORARY TABLE bench_document ON COMMIT DROP AS SELECT c.n, d.id AS original,"
                + " gen_random_uuid() AS id FROM bench_copy c, evidence_document d WHERE d.application = "
                + applicationOfTemplate);
        copy("evidence_document", "t.application = " + applicationOfTemplate, Map.of("id", "bd.id",
                "application", "c.application"), "JOIN bench_document bd ON bd.n = c.n AND bd.original = t.id");
        copy("evidence_document_element", "t.document IN (SELECT id FROM evidence_document WHERE application = "
                + applicationOfTemplate + ")", Map.of("document", "bd.id"),
                "JOIN bench_document bd ON bd.n = c.n AND bd.original = t.document");
        jdbc.execute("DROP TABLE bench_document");

        copy("act_ru_execution", "t.id_ = " + template, Map.of("id_", "c.instance", "root_proc_inst_id_", "c.instance",
                "proc_inst_id_", "c.instance", "business_key_", "c.number",
                "act_inst_id_", "t.act_id_ || ':' || gen_random_uuid()"));
        // the review task waits in its own scope execution (it carries the escalation timer)
        String execution = "CASE WHEN t.execution_id_ = " + template + " THEN c.instance ELSE c.scope END";
        copy("act_ru_execution", "t.proc_inst_id_ = " + template + " AND t.id_ <> " + template, Map.of("id_",
                "c.scope", "parent_id_", "c.instance", "root_proc_inst_id_", "c.instance", "proc_inst_id_", "c.instance",
                "act_inst_id_", "t.act_id_ || ':' || gen_random_uuid()"));
        copy("act_ru_job", "t.process_instance_id_ = " + template, Map.of("id_", "gen_random_uuid()::text",
                "execution_id_", execution, "process_instance_id_", "c.instance", "root_proc_inst_id_", "c.instance",
                "create_time_", "c.created"));
        copy("act_ru_event_subscr", "t.proc_inst_id_ = " + template, Map.of("id_", "gen_random_uuid()::text",
                "execution_id_", "c.instance", "proc_inst_id_", "c.instance", "created_", "c.created"));
        copy("act_ge_bytearray", "t.id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ = "
                + template + ")", Map.of("id_", "c.eligibility", "root_proc_inst_id_", "c.instance",
                "create_time_", "c.created"));
        copy("act_ru_variable", "t.proc_inst_id_ = " + template, Map.of("id_", "gen_random_uuid()::text",
                "execution_id_", "c.instance", "proc_inst_id_", "c.instance", "var_scope_", "c.instance",
                "bytearray_id_", "CASE WHEN t.bytearray_id_ IS NULL THEN NULL ELSE c.eligibility END",
                "text_", """
                        CASE t.name_ WHEN 'applicationId' THEN c.application::text WHEN 'candidate' THEN c.username
                        WHEN 'candidateName' THEN c.full_name WHEN 'candidateNameKey' THEN citycert_fold(c.full_name)
                        WHEN 'roleCode' THEN c.role_code ELSE t.text_ END"""));
        copy("act_ru_task", "t.proc_inst_id_ = " + template, Map.of("id_", "c.task", "execution_id_", execution,
                "proc_inst_id_", "c.instance", "assignee_", "c.assignee", "create_time_", "c.created",
                "due_date_", "c.created + (t.due_date_ - t.create_time_)"));
        copy("act_ru_identitylink", "t.task_id_ = " + taskOfTemplate, Map.of("id_", "gen_random_uuid()::text",
                "task_id_", "c.task"));
    }

    private void copy(String table, String templateRows, Map<String, String> replaced) {
        copy(table, templateRows, replaced, "");
    }

    /** Inserts one copy of the table's template rows per row of {@code bench_copy}, with some columns replaced. */
    private void copy(String table, String templateRows, Map<String, String> replaced, String join) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'"
                + " ORDER BY ordinal_position",
                String.class, table);
        String values = columns.stream().map(c -> replaced.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM "
                + table + " t CROSS JOIN bench_copy c " + join + " WHERE " + templateRows);
    }
}
