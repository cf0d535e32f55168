package eu.skills4cities.citycert.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens sent by mail. The token itself goes only into the mail; the database
 * keeps its SHA-256, so a copy of the database gives nobody a working link.
 */
@Repository
class AccountTokens {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new token; earlier unused tokens of the same purpose stop working. */
    String issue(UUID account, Purpose purpose, Duration validity, Instant now) {
        revoke(account, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO account_token (token_hash, user_account, purpose, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """).params(Sha256.hex(token), account, purpose.name(), Timestamp.from(now),
                Timestamp.from(now.plus(validity))).update();
        return token;
    }

    /** The account's unused tokens of this purpose stop working. */
    void revoke(UUID account, Purpose purpose, Instant now) {
        jdbc.sql("UPDATE account_token SET used_at = ? WHERE user_account = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(now), account, purpose.name()).update();
    }

    /**
     * Uses a token once: the account it belongs to, if the token is known, unused, unexpired
     * and of this purpose. Using it marks it used in the same transaction.
     */
    Optional<UUID> redeem(String token, Purpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE account_token SET used_at = ?
                WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                RETURNING user_account
                """).params(Timestamp.from(now), Sha256.hex(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class).optional();
    }
}
