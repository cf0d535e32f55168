package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.application.CertificationProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The process instances an inbox search names, found through CityCert's indexes on the engine's
 * tables ({@code inbox.process.InboxIndexes}), so that the inbox then selects their tasks by instance id: the
 * task query's own conditions for a variable or a business key that contains a text ({@code LIKE '%...%'})
 * read every open task's variable or instance, however few match. A search that names more than
 * {@link #limit()} instances is left to those conditions (it is hardly a search for one case any more).
 */
@Repository
class SearchedInstances {

    private final JdbcClient jdbc;
    private final int limit;

    SearchedInstances(JdbcClient jdbc, InboxProperties properties) {
        this.jdbc = jdbc;
        this.limit = properties.byIdLimit();
    }

    /** The most instances a search, or tasks a person's queues, hand on by id ({@code citycert.inbox.by-id-limit}). */
    int limit() {
        return limit;
    }

    /** The instances whose folded candidate name contains the folded text, or empty if more than {@link #limit()}. */
    Optional<List<String>> withCandidateNameKey(String foldedPart) {
        // the name as a literal, so that PostgreSQL sees the partial index's condition in the query
        return atMostLimit(jdbc.sql("SELECT proc_inst_id_ FROM act_ru_variable WHERE name_ = '"
                        + CertificationProcess.VAR_CANDIDATE_NAME_KEY + "' AND task_id_ IS NULL"
                        + " AND text_ LIKE :pattern LIMIT :limit")
                .param("pattern", "%" + foldedPart + "%").param("limit", limit + 1).query(String.class).list());
    }

    /**
     * The instances whose business key (the case's number) is like the pattern ({@code A-2026-00%}: a range of the
     * index), or empty if more than {@link #limit()}.
     */
    Optional<List<String>> withBusinessKeyLike(String pattern) {
        return atMostLimit(jdbc.sql("SELECT id_ FROM act_ru_execution WHERE business_key_ IS NOT NULL"
                        + " AND business_key_ LIKE :pattern AND id_ = proc_inst_id_ LIMIT :limit")
                .param("pattern", pattern).param("limit", limit + 1).query(String.class).list());
    }

    /**
     * The open tasks a person could see in any scope: those with a candidate group among theirs (the engine's
     * index on a link's group) and those they hold (its index on the assignee), or empty if more than
     * {@link #limit()}.
     */
    Optional<List<String>> tasksOf(List<String> groups, String username) {
        return atMostLimit(jdbc.sql("""
                        SELECT task_id_ FROM act_ru_identitylink
                        WHERE type_ = 'candidate' AND group_id_ = ANY (CAST(:groups AS VARCHAR[])) AND task_id_ IS NOT NULL
                        UNION
                        SELECT id_ FROM act_ru_task WHERE assignee_ = :username
                        LIMIT :limit""")
                .param("groups", groups.toArray(String[]::new)).param("username", username).param("limit", limit + 1)
                .query(String.class).list());
    }

    private Optional<List<String>> atMostLimit(List<String> instances) {
        return instances.size() > limit ? Optional.empty() : Optional.of(instances.stream().distinct().toList());
    }
}
