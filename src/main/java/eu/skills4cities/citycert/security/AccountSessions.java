package eu.skills4cities.citycert.security;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's browser sessions when its holder loses or changes the means to sign in
 * (password reset or change, account deleted), on every node of a cluster. The end is recorded in
 * the database in the caller's transaction ({@link ClusterSessionRegistry#recordEnd}), so that the
 * other nodes end the sessions they hold within seconds, and this node's sessions are expired in its
 * {@link SessionRegistry} at once; their next request is refused (401 on the API, the login page in
 * the UI). Inside a transaction both happen only if it commits, so a refused change ends nothing.
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;
    private final ClusterSessionRegistry cluster;
    private final java.time.Clock clock;

    AccountSessions(SessionRegistry registry, ClusterSessionRegistry cluster, java.time.Clock clock) {
        this.registry = registry;
        this.cluster = cluster;
        this.clock = clock;
    }

    /** Ends every session of the account. */
    void endAll(String username) {
        endExcept(username, null);
    }

    /** Ends every session of the account but the one with this id (the caller's own), if any. */
    void endExcept(String username, String keptSessionId) {
        cluster.recordEnd(username, keptSessionId, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire(username, keptSessionId);
                }
            });
        } else {
            expire(username, keptSessionId);
        }
    }

    private void expire(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!username.equals(name(principal))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!Objects.equals(session.getSessionId(), keptSessionId)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, username);
        }
    }

    static String name(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal authenticated) {
            return authenticated.getName();
        }
        return String.valueOf(principal);
    }
}
