package eu.skills4cities.citycert.audit;

import eu.skills4cities.citycert.base.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The canonical content of an audit row, the text its hash is taken of. Fixed field order
 * (sequence, occurred at, actor, action, object type, object id, detail, previous hash), each
 * field written as its length in UTF-8 bytes, a colon, the value and a line feed, so no value
 * can run into the next. The time is the ISO-8601 instant truncated to microseconds (what a
 * PostgreSQL {@code timestamptz} keeps); the detail is PostgreSQL's own rendering of the
 * {@code jsonb} value, which is stable (keys sorted, one space after colons and commas).
 */
final class AuditCanonical {

    /** The previous hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    private AuditCanonical() {
    }

    static Instant time(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static String content(long sequence, Instant occurredAt, String actor, String action, String objectType,
                          String objectId, String detail, String previousHash) {
        StringBuilder text = new StringBuilder(256);
        field(text, Long.toString(sequence));
        field(text, time(occurredAt).toString());
        field(text, actor);
        field(text, action);
        field(text, objectType);
        field(text, objectId);
        field(text, detail);
        field(text, previousHash);
        return text.toString();
    }

    static String content(AuditEntry entry) {
        return content(entry.sequence(), entry.occurredAt(), entry.actor(), entry.action(), entry.objectType(),
                entry.objectId(), entry.detail(), entry.previousHash());
    }

    static String hash(AuditEntry entry) {
        return Sha256.hex(content(entry));
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
}
