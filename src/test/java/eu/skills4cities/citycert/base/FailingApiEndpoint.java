package eu.skills4cities.citycert.base;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests only: an API operation that fails inside, the way a bug would, with a database
 * constraint violation whose message carries SQL, a table name and a password hash.
 */
@RestController
class FailingApiEndpoint {

    static final String PATH = "/api/test-only/failure";
    static final String HASH = "$2a$10$abcdefghijklmnopqrstuvCityCertTestHashForTheLeakCheck";

    private final JdbcTemplate jdbc;

    FailingApiEndpoint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping(PATH)
    void fail() {
        jdbc.update("INSERT INTO user_account (id, username, password_hash, full_name, email, created_at, version) "
                + "VALUES (?, 'leak-check', ?, NULL, 'leak@example.org', now(), 0)", UUID.randomUUID(), HASH);
    }
}
