package eu.skills4cities.citycert.inbox;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many unassigned tasks of a process wait in a candidate group's queue, read from
 * {@code inbox_queue_size}, which triggers on the engine's tables keep exact (migration V7,
 * {@code QueueSizeTriggers}): one row per process version and group, however long the queue.
 */
@Repository
class QueueSizes {

    private final JdbcClient jdbc;

    QueueSizes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unassigned(String processKey, String group) {
        return jdbc.sql("""
                SELECT coalesce(sum(q.unassigned_tasks), 0) FROM inbox_queue_size q
                JOIN act_re_procdef d ON d.id_ = q.process_definition_id
                WHERE d.key_ = ? AND q.group_id = ?
                """).params(processKey, group).query(Long.class).single();
    }

    /** One queue: the unassigned tasks of a process (by key, every version) in a candidate group. */
    record Queue(String processKey, String group, long unassigned) {
    }

    /** Every queue, in one statement (the metrics read them all at once). */
    List<Queue> all() {
        return jdbc.sql("""
                SELECT d.key_ AS process_key, q.group_id AS "group", sum(q.unassigned_tasks) AS unassigned
                FROM inbox_queue_size q JOIN act_re_procdef d ON d.id_ = q.process_definition_id
                GROUP BY d.key_, q.group_id
                """).query(Queue.class).list();
    }
}
