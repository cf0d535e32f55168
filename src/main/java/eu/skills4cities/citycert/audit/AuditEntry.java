package eu.skills4cities.citycert.audit;

import java.time.Instant;

/**
 * One row of the audit log as stored.
 *
 * @param detail       the structured detail as PostgreSQL renders its {@code jsonb}
 * @param previousHash the hash of the row before ({@link AuditCanonical#GENESIS} for the first)
 * @param hash         the SHA-256 of {@link AuditCanonical#content(AuditEntry)}
 */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String action, String objectType,
                         String objectId, String detail, String previousHash, String hash) {
}
