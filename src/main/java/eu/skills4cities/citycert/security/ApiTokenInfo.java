package eu.skills4cities.citycert.security;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token as its holder and administrators see it: never the token itself, which is
 * shown once, when it is created.
 */
public record ApiTokenInfo(UUID id, String username, String name, String createdBy, Instant createdAt,
                           Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    /** Whether the token still opens the API at this time. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
