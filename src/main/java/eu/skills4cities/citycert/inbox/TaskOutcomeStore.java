package eu.skills4cities.citycert.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of who completed which task, when, with which verdict and why. */
@Repository
class TaskOutcomeStore {

    private final JdbcClient jdbc;

    TaskOutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, Stage stage, String taskId, String verdict, String comment, String actor,
                Instant completedAt, Boolean noConflictDeclared) {
        jdbc.sql("""
                INSERT INTO task_outcome (id, application, stage, task_id, verdict, comment, actor, completed_at,
                                          no_conflict_declared)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), applicationId, stage.name(), taskId, verdict, comment, actor,
                        Timestamp.from(completedAt), noConflictDeclared)
                .update();
    }

    List<TaskOutcome> forApplication(UUID applicationId) {
        return jdbc.sql("""
                SELECT stage, verdict, comment, actor, completed_at, no_conflict_declared FROM task_outcome
                WHERE application = ? ORDER BY completed_at
                """).param(applicationId).query(TaskOutcome.class).list();
    }
}
