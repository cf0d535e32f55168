package eu.skills4cities.citycert.inbox.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code inbox_task_count} (migration V57) exact: once the engine has created or upgraded
 * its tables, puts the triggers that maintain the counts on {@code ACT_RU_TASK} and
 * {@code ACT_RU_IDENTITYLINK}, and recounts every count. The lock keeps the engine's tables still
 * meanwhile, and lets one node at a time do it when several start together.
 */
@Component
class QueueSizeTriggers extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(QueueSizeTriggers.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    QueueSizeTriggers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("LOCK TABLE act_ru_task, act_ru_identitylink IN SHARE ROW EXCLUSIVE MODE");
            jdbc.execute("""
                    CREATE OR REPLACE TRIGGER inbox_count_task AFTER UPDATE OR DELETE ON act_ru_task
                    FOR EACH ROW EXECUTE FUNCTION inbox_count_task_changed()""");
            jdbc.execute("""
                    CREATE OR REPLACE TRIGGER inbox_count_link AFTER INSERT OR UPDATE OR DELETE ON act_ru_identitylink
                    FOR EACH ROW EXECUTE FUNCTION inbox_count_link_changed()""");
            jdbc.execute("SELECT inbox_count_recount()");
        });
        log.info("Inbox task counts recounted; triggers on the engine's task tables keep them");
    }
}
