package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The browser sessions of this node, as Spring Security's {@link SessionRegistryImpl} keeps them, and the ends
 * of an account's sessions that any node of the cluster decided ({@code account_session_end}, V58).
 *
 * <p>Each node holds its sessions in memory, so ending an account's sessions on the node that changed the
 * password would leave the account's sessions on the other nodes alive. {@link AccountSessions} therefore also
 * gives the account a new generation in the database (from one sequence, so it only grows), in the transaction
 * of the change; every session remembers the
 * generation it began in; and each request's check of its session ({@code ConcurrentSessionFilter} asks
 * {@link #getSessionInformation}) ends a session that began in an older generation, unless it is the one the end
 * kept (a password change keeps the session it was made in). A generation, not a time, so that the nodes' clocks
 * do not matter. A node reads an account's generation at most once per {@code recheck} (two seconds): that is how
 * long a session on another node can outlive the end.
 */
class ClusterSessionRegistry extends SessionRegistryImpl {

    private final JdbcClient jdbc;
    private final Duration recheck;
    private final Map<String, Long> generationAtStart = new ConcurrentHashMap<>();
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    ClusterSessionRegistry(JdbcClient jdbc, Duration recheck) {
        this.jdbc = jdbc;
        this.recheck = recheck;
    }

    /** What a node last read of an account's ends, and when (System.nanoTime). */
    private record Known(long generation, String keptSessionId, long readAt) {
    }

    /** The last end of an account's sessions. */
    record End(long generation, String keptSessionId) {
        static final End NONE = new End(0, null);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        generationAtStart.put(sessionId, read(AccountSessions.name(principal)).generation());
        super.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        generationAtStart.remove(sessionId);
        super.removeSessionInformation(sessionId);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session != null && !session.isExpired() && endedOnSomeNode(session)) {
            session.expireNow();
        }
        return session;
    }

    private boolean endedOnSomeNode(SessionInformation session) {
        Long started = generationAtStart.get(session.getSessionId());
        if (started == null) {
            return false;
        }
        String username = AccountSessions.name(session.getPrincipal());
        Known last = known.get(username);
        if (last == null || System.nanoTime() - last.readAt() >= recheck.toNanos()) {
            End end = read(username);
            last = new Known(end.generation(), end.keptSessionId(), System.nanoTime());
            known.put(username, last);
        }
        return last.generation() > started && !Objects.equals(last.keptSessionId(), session.getSessionId());
    }

    /** The account's last end as the database has it. */
    End read(String username) {
        return jdbc.sql("SELECT generation, kept_session_id FROM account_session_end WHERE username = ?")
                .param(username).query((row, number) -> new End(row.getLong(1), row.getString(2))).optional()
                .orElse(End.NONE);
    }

    /**
     * Records a new end of the account's sessions, in the caller's transaction: a session of any node that began
     * before it ends at its next request, but the kept one (or none).
     */
    void recordEnd(String username, String keptSessionId, Instant at) {
        jdbc.sql("""
                INSERT INTO account_session_end (username, generation, kept_session_id, ended_at)
                VALUES (?, nextval('account_session_end_generation'), ?, ?)
                ON CONFLICT (username) DO UPDATE SET generation = excluded.generation,
                    kept_session_id = excluded.kept_session_id, ended_at = excluded.ended_at
                """).params(username, keptSessionId, java.sql.Timestamp.from(at)).update();
        known.remove(username);
    }

    /**
     * Forgets the ends older than a day: a session that began before one has been ended at its next request, or
     * has timed out long since (the sessions' timeout is far shorter), and the row names an account, perhaps a
     * deleted one. A later end takes a higher generation all the same (the sequence). One node a run.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    @SchedulerLock(name = "account-session-end.clean-up", lockAtMostFor = "PT50M", lockAtLeastFor = "PT30M")
    void forgetOldEnds() {
        jdbc.sql("DELETE FROM account_session_end WHERE ended_at < now() - interval '1 day'").update();
    }
}
