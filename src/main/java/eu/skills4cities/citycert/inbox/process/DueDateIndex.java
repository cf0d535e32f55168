package eu.skills4cities.citycert.inbox.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's task due dates, once the engine has created its tables: the inbox sorts
 * by due date and lists overdue tasks, and without the index each such page sorts the whole
 * queue (docs/benchmarks.md). The engine indexes the creation time, the default order, itself.
 */
@Component
class DueDateIndex extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;

    DueDateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("CREATE INDEX IF NOT EXISTS citycert_task_due_date ON act_ru_task (due_date_)");
    }
}
