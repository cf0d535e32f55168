package eu.skills4cities.citycert.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of escalated tasks, for the task screen and the audit. */
@Repository
class TaskEscalationStore {

    private static final String SEPARATOR = ", ";

    private final JdbcClient jdbc;

    TaskEscalationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, Stage stage, String taskId, Instant escalatedAt, List<String> notified) {
        jdbc.sql("""
                INSERT INTO task_escalation (id, application, stage, task_id, escalated_at, notified)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), applicationId, stage.name(), taskId, Timestamp.from(escalatedAt),
                        String.join(SEPARATOR, notified))
                .update();
    }

    Optional<TaskEscalation> latest(String taskId) {
        return jdbc.sql("""
                SELECT stage, escalated_at, notified FROM task_escalation
                WHERE task_id = ? ORDER BY escalated_at DESC LIMIT 1
                """).param(taskId)
                .query((row, n) -> new TaskEscalation(Stage.valueOf(row.getString("stage")),
                        row.getTimestamp("escalated_at").toInstant(),
                        row.getString("notified").isEmpty() ? List.of()
                                : Arrays.asList(row.getString("notified").split(SEPARATOR))))
                .optional();
    }

    List<TaskEscalation> forApplication(UUID applicationId) {
        return jdbc.sql("""
                SELECT stage, escalated_at, notified FROM task_escalation
                WHERE application = ? ORDER BY escalated_at
                """).param(applicationId)
                .query((row, n) -> new TaskEscalation(Stage.valueOf(row.getString("stage")),
                        row.getTimestamp("escalated_at").toInstant(),
                        row.getString("notified").isEmpty() ? List.of()
                                : Arrays.asList(row.getString("notified").split(SEPARATOR))))
                .list();
    }
}
