package eu.skills4cities.citycert.base;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests only: API operations that fail inside, the way a bug would: a database constraint violation whose
 * message carries SQL, a table name and a password hash; and a statement that runs past its timeout
 * ({@code QueryTimeoutException}: a slow statement, not a busy pool).
 */
@RestController
class FailingApiEndpoint {

    static final String PATH = "/api/test-only/failure";
    static final String SLOW_PATH = "/api/test-only/slow-statement";
    static final String HASH = "$2a$10$abcdefghijklmnopqrstuvCityCertTestHashForTheLeakCheck";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    FailingApiEndpoint(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PostMapping(PATH)
    void fail() {
        jdbc.update("INSERT INTO user_account (id, username, password_hash, full_name, email, created_at, version) "
                + "VALUES (?, 'leak-check', ?, NULL, 'leak@example.org', now(), 0)", UUID.randomUUID(), HASH);
    }

    @PostMapping(SLOW_PATH)
    void slowStatement() {
        // SET LOCAL: the timeout ends with the transaction, so the pooled connection goes back as it was
        transaction.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL statement_timeout = 50");
            jdbc.execute("SELECT pg_sleep(5)");
        });
    }
}
