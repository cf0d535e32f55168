package eu.skills4cities.citycert.inbox.process;

import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * CityCert's indexes on the engine's tables, created once the engine has created its tables (each is
 * {@code IF NOT EXISTS}, so a start with them costs nothing). Each serves an inbox the staff open, which would
 * otherwise read or sort the whole queue (docs/benchmarks.md, "The staff inbox"):
 * <ul>
 *   <li>{@code citycert_task_due_date}: sorted by due date, overdue, due within some days;</li>
 *   <li>{@code citycert_task_priority} and {@code citycert_task_priority_desc}: sorted by priority in either
 *       direction, oldest first among equals ({@code TaskInbox}'s order), and the escalated tasks;</li>
 *   <li>{@code citycert_variable_name_key}: the candidate name search, over the folded names
 *       ({@code candidateNameKey}, trigrams, so a part of a name is found);</li>
 *   <li>{@code citycert_execution_business_key}: the search by the start of an application's or case's number
 *       (a range of the index: {@code varchar_pattern_ops} serves {@code LIKE 'A-2026-00%'} in any collation).</li>
 * </ul>
 * The engine indexes the creation time, the default order, itself.
 */
@Component
class InboxIndexes extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;

    InboxIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_task_due_date ON act_ru_task (due_date_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_task_priority ON act_ru_task (priority_, create_time_, id_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_task_priority_desc"
                + " ON act_ru_task (priority_ DESC, create_time_, id_)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_variable_name_key ON act_ru_variable"
                + " USING gin (text_ gin_trgm_ops) WHERE name_ = '" + CertificationProcess.VAR_CANDIDATE_NAME_KEY + "'"
                + " AND task_id_ IS NULL");
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_execution_business_key ON act_ru_execution"
                + " (business_key_ varchar_pattern_ops) WHERE business_key_ IS NOT NULL");
    }
}
