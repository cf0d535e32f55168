package eu.skills4cities.citycert.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit log's one owner of {@code audit_event}: appends a row to the hash chain and checks
 * the chain. Appending takes a transaction-scoped advisory lock first, so two transactions
 * appending at once queue for the head instead of both chaining onto it (docs/architecture.md,
 * "The audit log"); the lock is released at their commit or rollback.
 */
@Service
public class AuditLog {

    /** The advisory lock key of the chain's head ("AUDIT" in ASCII); no other lock in CityCert uses it. */
    static final long HEAD_LOCK = 0x4155444954L;

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Appends the record as the chain's next row, in the caller's transaction (or its own if there is none). */
    @Transactional
    AuditEntry append(AuditRecord record) {
        // the lock, and the detail as PostgreSQL will render it when read back (the hash covers that rendering), in
        // one round trip; the head is read by a statement of its own, so that its snapshot is taken after the lock
        String detail = jdbc.sql("SELECT CAST(:detail AS jsonb)::text FROM (SELECT pg_advisory_xact_lock(:key)) locked")
                .param("detail", write(record)).param("key", HEAD_LOCK).query(String.class).single();
        List<AuditEntry> head = jdbc.sql("SELECT * FROM audit_event ORDER BY sequence DESC LIMIT 1")
                .query(AuditLog::entry).list();
        long sequence = head.isEmpty() ? 1 : head.get(0).sequence() + 1;
        String previousHash = head.isEmpty() ? AuditCanonical.GENESIS : head.get(0).hash();
        AuditEntry unsealed = new AuditEntry(sequence, AuditCanonical.time(record.occurredAt()), record.actor(),
                record.action(), record.objectType(), record.objectId(), detail, previousHash, null);
        AuditEntry entry = new AuditEntry(unsealed.sequence(), unsealed.occurredAt(), unsealed.actor(),
                unsealed.action(), unsealed.objectType(), unsealed.objectId(), detail, previousHash,
                AuditCanonical.hash(unsealed));
        jdbc.sql("""
                        INSERT INTO audit_event (sequence, occurred_at, actor, action, object_type, object_id, detail,
                                                 previous_hash, hash)
                        VALUES (:sequence, :occurredAt, :actor, :action, :objectType, :objectId, CAST(:detail AS jsonb),
                                :previousHash, :hash)""")
                .param("sequence", entry.sequence())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("detail", entry.detail())
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    /** The rows of the log about one object, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String objectType, String objectId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE object_type = :type AND object_id = :id ORDER BY sequence")
                .param("type", objectType).param("id", objectId).query(AuditLog::entry).list();
    }

    /**
     * Reads the whole chain in order and checks each row: its sequence follows the one before,
     * its content still has its hash, and it names the row before as its predecessor. Stops at the
     * first row that fails. This is the chain alone: removing the last rows, or rewriting the whole
     * table, leaves a consistent chain, which {@link AuditVerifier} catches against the checkpoints.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        return walk(0, AuditCanonical.GENESIS, new TreeMap<>());
    }

    /**
     * Checks the chain after the given row (sequence 0 and {@link AuditCanonical#GENESIS} for the
     * whole chain), and that each row a checkpoint signed still has the signed hash; a checkpoint
     * beyond the chain's end names the first missing row.
     *
     * @param signed sequence to signed hash, of the checkpoints trusted
     */
    @Transactional(readOnly = true)
    AuditVerification walk(long afterSequence, String afterHash, NavigableMap<Long, String> signed) {
        long checked = 0;
        long sequence = afterSequence;
        String hash = afterHash;
        while (true) {
            List<AuditEntry> page = jdbc.sql("SELECT * FROM audit_event WHERE sequence > :after ORDER BY sequence LIMIT :page")
                    .param("after", sequence).param("page", PAGE).query(AuditLog::entry).list();
            for (AuditEntry entry : page) {
                checked++;
                AuditVerification.Problem problem = entry.sequence() != sequence + 1
                        ? AuditVerification.Problem.SEQUENCE_GAP
                        : !AuditCanonical.hash(entry).equals(entry.hash())
                        ? AuditVerification.Problem.CONTENT_CHANGED
                        : !entry.previousHash().equals(hash) ? AuditVerification.Problem.CHAIN_BROKEN
                        : signed.containsKey(entry.sequence()) && !signed.get(entry.sequence()).equals(entry.hash())
                        ? AuditVerification.Problem.CHECKPOINT_MISMATCH : null;
                if (problem != null) {
                    return new AuditVerification(checked, sequence, hash, entry.sequence(), problem);
                }
                sequence = entry.sequence();
                hash = entry.hash();
            }
            if (page.size() < PAGE) {
                if (!signed.isEmpty() && signed.lastKey() > sequence) {
                    return new AuditVerification(checked, sequence, hash, sequence + 1,
                            AuditVerification.Problem.MISSING_ROWS);
                }
                return new AuditVerification(checked, sequence, hash, null, null);
            }
        }
    }

    /** The row with this sequence, if the table has it. */
    @Transactional(readOnly = true)
    Optional<AuditEntry> at(long sequence) {
        return jdbc.sql("SELECT * FROM audit_event WHERE sequence = :s").param("s", sequence)
                .query(AuditLog::entry).optional();
    }

    /** The chain's last row, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> head() {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY sequence DESC LIMIT 1").query(AuditLog::entry).optional();
    }

    /** A page of the rows the filter finds, newest first. */
    @Transactional(readOnly = true)
    List<AuditEntry> search(AuditEventFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE ");
        Map<String, Object> params = where(filter, sql);
        sql.append(" ORDER BY sequence DESC LIMIT :limit OFFSET :offset");
        return jdbc.sql(sql.toString()).params(params).param("limit", limit).param("offset", offset)
                .query(AuditLog::entry).list();
    }

    @Transactional(readOnly = true)
    long count(AuditEventFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM audit_event WHERE ");
        Map<String, Object> params = where(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> where(AuditEventFilter filter, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        sql.append("TRUE");
        condition(sql, params, "action", "upper(action) = upper(:action)", filter.action());
        condition(sql, params, "actor", "lower(actor) = lower(:actor)", filter.actor());
        condition(sql, params, "objectType", "lower(object_type) = lower(:objectType)", filter.objectType());
        condition(sql, params, "objectId", "object_id = :objectId", filter.objectId());
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return params;
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String name, String condition,
                                  String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(condition);
            params.put(name, value.strip());
        }
    }

    private String write(AuditRecord record) {
        try {
            return json.writeValueAsString(record.detail());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail of " + record.action() + " is not JSON", e);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
