package eu.skills4cities.citycert.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns the {@code api_token} table: tokens are found by the SHA-256 of the token only. */
@Repository
class ApiTokenStore {

    private static final String COLUMNS = """
            t.id, a.username, t.name, t.created_by, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
            """;

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account a token (by its hash) opens, with its enabled state, when the token works at this time. */
    record Holder(UUID tokenId, String username, boolean enabled, Instant lastUsedAt) {
    }

    void insert(UUID id, UUID account, String name, String tokenHash, String createdBy, Instant createdAt,
                Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO api_token (id, user_account, name, token_hash, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(id, account, name, tokenHash, createdBy, Timestamp.from(createdAt),
                Timestamp.from(expiresAt)).update();
    }

    List<ApiTokenInfo> ofAccount(String username) {
        return jdbc.sql("SELECT " + COLUMNS + """
                FROM api_token t JOIN user_account a ON a.id = t.user_account
                WHERE a.username = ? ORDER BY t.created_at DESC, t.name
                """).param(username).query(ApiTokenInfo.class).list();
    }

    Optional<ApiTokenInfo> find(String username, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + """
                FROM api_token t JOIN user_account a ON a.id = t.user_account
                WHERE a.username = ? AND t.id = ?
                """).params(username, id).query(ApiTokenInfo.class).optional();
    }

    /** Revokes the token; false when it was revoked already. */
    boolean revoke(UUID id, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), id).update() == 1;
    }

    void revokeAll(UUID account, Instant now) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_account = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), account).update();
    }

    Optional<Holder> working(String tokenHash, Instant now) {
        return jdbc.sql("""
                SELECT t.id AS token_id, a.username, a.enabled, t.last_used_at
                FROM api_token t JOIN user_account a ON a.id = t.user_account
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?
                """).params(tokenHash, Timestamp.from(now)).query(Holder.class).optional();
    }

    void used(UUID id, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }
}
