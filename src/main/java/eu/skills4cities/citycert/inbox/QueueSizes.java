package eu.skills4cities.citycert.inbox;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many open tasks of a process wait in some candidate groups' queues, read from {@code inbox_task_count},
 * which triggers on the engine's tables keep exact (migration V57, {@code QueueSizeTriggers}). A row counts
 * the tasks of one process version, activity, role, set of candidate groups and held or not; so a count is
 * a sum over a few rows, however long the queues are, and a task whose set meets a person's groups more than
 * once is still counted once.
 */
@Repository
class QueueSizes {

    private final JdbcClient jdbc;

    QueueSizes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The open tasks of the process (every version) that have a candidate group among {@code groups}.
     *
     * @param activities only tasks of these activities, or null for all
     * @param roleCode   only tasks of processes with this {@code roleCode} variable, or null for all
     * @param held       also the tasks someone holds (the inbox's "all of my groups"), or only the unassigned
     */
    long tasks(String processKey, Collection<String> groups, Collection<String> activities, String roleCode,
               boolean held) {
        if (groups.isEmpty() || (activities != null && activities.isEmpty())) {
            return 0;
        }
        return jdbc.sql("""
                SELECT coalesce(sum(c.tasks), 0) FROM inbox_task_count c
                JOIN act_re_procdef d ON d.id_ = c.process_definition_id
                WHERE d.key_ = :process AND c.candidate_groups && CAST(:groups AS VARCHAR[])
                  AND (:allActivities OR c.task_definition_key = ANY (CAST(:activities AS VARCHAR[])))
                  AND (CAST(:role AS VARCHAR) IS NULL OR c.role_code = :role)
                  AND (:held OR NOT c.assigned)
                """)
                .param("process", processKey)
                .param("groups", groups.toArray(String[]::new))
                .param("allActivities", activities == null)
                .param("activities", activities == null ? new String[0] : activities.toArray(String[]::new))
                .param("role", roleCode)
                .param("held", held)
                .query(Long.class).single();
    }

    /** The open tasks of any process with a candidate group among {@code groups}, held or not. */
    long anyTasks(Collection<String> groups) {
        if (groups.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT coalesce(sum(tasks), 0) FROM inbox_task_count WHERE candidate_groups && CAST(:groups AS VARCHAR[])")
                .param("groups", groups.toArray(String[]::new)).query(Long.class).single();
    }

    /** One queue: the unassigned tasks of a process (by key, every version) in a candidate group. */
    record Queue(String processKey, String group, long unassigned) {
    }

    /**
     * Every queue, in one statement (the metrics read them all at once): a task in several groups waits in
     * each of their queues.
     */
    List<Queue> all() {
        return jdbc.sql("""
                SELECT d.key_ AS process_key, g.group_id AS "group", sum(c.tasks) AS unassigned
                FROM inbox_task_count c JOIN act_re_procdef d ON d.id_ = c.process_definition_id
                CROSS JOIN LATERAL unnest(c.candidate_groups) AS g(group_id)
                WHERE NOT c.assigned
                GROUP BY d.key_, g.group_id
                """).query(Queue.class).list();
    }
}
