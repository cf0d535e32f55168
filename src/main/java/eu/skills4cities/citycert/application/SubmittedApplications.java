package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import eu.skills4cities.citycert.base.SearchText;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.UserAccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted (non-draft) application, searched and paged in SQL for the auditors: one text
 * matches the number (beginning), the candidate's name (part), the role code (exact) or the status
 * (exact); the stages' people come from the engine's task history ({@code ACT_HI_TASKINST}, the
 * same source {@link ApplicationAccess} reads), one bounded lookup per row of the page only.
 * Auditors and administrators only.
 */
@Component
public class SubmittedApplications {

    /** How many accounts a name search considers at most; a name that matches more is too vague. */
    static final int MAX_NAME_MATCHES = 500;

    private static final String DECIDED = "'CERTIFIED', 'PARTIALLY_CERTIFIED', 'REJECTED'";
    private static final String COMPLETED_BY = """
            (SELECT t.assignee_ FROM act_hi_taskinst t WHERE t.proc_inst_id_ = a.process_instance_id
             AND t.task_def_key_ = '%s' AND t.delete_reason_ = 'completed' ORDER BY t.end_time_ DESC LIMIT 1)""";
    private static final String MATCHES = """
            a.status <> 'DRAFT' AND NOT :nothing AND (:all OR a.number ILIKE :prefix OR a.role_code = :upper OR a.status = :upper
             OR a.candidate_username IN (:usernames))""";

    private final JdbcClient jdbc;
    private final UserAccountService users;

    SubmittedApplications(JdbcClient jdbc, UserAccountService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A page of the applications the text finds, newest first. */
    @Transactional(readOnly = true)
    public List<SubmittedApplication> search(CurrentUser user, String text, int offset, int limit) {
        require(user);
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.number, a.candidate_username, a.role_code, a.status,
                         a.submitted_at,
                         (SELECT MAX(e.occurred_at) FROM application_event e
                          WHERE e.application = a.id AND e.status IN (%s)) AS decided_at,
                         %s AS reviewer, %s AS assessor, %s AS decider
                        FROM application a WHERE %s
                        ORDER BY a.created_at DESC, a.id LIMIT :limit OFFSET :offset
                        """.formatted(DECIDED, COMPLETED_BY.formatted(CertificationProcess.ACTIVITY_REVIEW),
                        COMPLETED_BY.formatted(CertificationProcess.ACTIVITY_ASSESS),
                        COMPLETED_BY.formatted(CertificationProcess.ACTIVITY_DECIDE), MATCHES))
                .params(filter(text)).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("number"),
                        rs.getString("candidate_username"), rs.getString("role_code"),
                        ApplicationStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("submitted_at")),
                        instant(rs.getTimestamp("decided_at")), rs.getString("reviewer"), rs.getString("assessor"),
                        rs.getString("decider")))
                .list();
        Map<String, String> names = users.fullNames(rows.stream().map(Row::candidate).distinct().toList());
        return rows.stream().map(r -> new SubmittedApplication(r.id(), r.number(), r.candidate(),
                names.getOrDefault(r.candidate(), r.candidate()), r.roleCode(), r.status(), r.submittedAt(),
                r.decidedAt(), r.reviewer(), r.assessor(), r.decider())).toList();
    }

    /** How many applications the text finds. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, String text) {
        require(user);
        return jdbc.sql("SELECT COUNT(*) FROM application a WHERE " + MATCHES).params(filter(text))
                .query(Long.class).single();
    }

    /** Every application the text finds, a page at a time, so an export never holds them all. */
    @Transactional(readOnly = true)
    public int each(CurrentUser user, String text, Consumer<SubmittedApplication> action) {
        int page = 200;
        int seen = 0;
        List<SubmittedApplication> rows;
        do {
            rows = search(user, text, seen, page);
            rows.forEach(action);
            seen += rows.size();
        } while (rows.size() == page);
        return seen;
    }

    private Map<String, Object> filter(String text) {
        boolean nothing = SearchText.findsNothing(text);
        String t = text == null || nothing ? "" : text.strip();
        List<String> usernames = t.isEmpty() ? List.of() : users.usernamesNamedLike(t, MAX_NAME_MATCHES);
        return Map.of("nothing", nothing, "all", t.isEmpty(), "prefix", SearchText.likeLiteral(t) + "%",
                "upper", t.toUpperCase(Locale.ROOT),
                // IN () is not SQL: an empty list stands as one username nobody has
                "usernames", usernames.isEmpty() ? List.of("") : usernames);
    }

    private static void require(CurrentUser user) {
        if (!ApplicationAccess.audits(user)) {
            throw new AccessDeniedException("Only auditors and administrators list every application");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(UUID id, String number, String candidate, String roleCode, ApplicationStatus status,
                       Instant submittedAt, Instant decidedAt, String reviewer, String assessor, String decider) {
    }
}
