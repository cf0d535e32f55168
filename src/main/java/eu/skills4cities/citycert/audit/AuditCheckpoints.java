package eu.skills4cities.citycert.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocatedProblem;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.BodySignature;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of {@code audit_checkpoint}: signs a chain head as a checkpoint, stores it,
 * lists and reads checkpoints for auditors, and checks a checkpoint's signature, whether stored
 * or presented from elsewhere.
 */
@Service
public class AuditCheckpoints {

    /** The largest page of checkpoints a list returns. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The field an uploaded checkpoint is presented in (API and problems). */
    static final String FIELD = "checkpoint";
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final BodySignature signature;
    private final ObjectMapper json;

    AuditCheckpoints(JdbcClient jdbc, BodySignature signature, ObjectMapper json) {
        this.jdbc = jdbc;
        this.signature = signature;
        this.json = json;
    }

    /** Signs the given head row at the given time and stores the checkpoint; empty when one exists for it. */
    @Transactional
    Optional<AuditCheckpoint> sign(AuditEntry head, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sequence", head.sequence());
        payload.put("hash", head.hash());
        payload.put("signedAt", at.toString());
        payload.put("issuer", signature.issuerName());
        String jws;
        try {
            jws = signature.sign(AuditCheckpoint.TYPE, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AuditCheckpoint checkpoint = new AuditCheckpoint(head.sequence(), head.hash(), at, signature.signer(), jws);
        int inserted = jdbc.sql("""
                        INSERT INTO audit_checkpoint (sequence, hash, signed_at, signer, jws)
                        VALUES (:sequence, :hash, :signedAt, :signer, :jws) ON CONFLICT (sequence) DO NOTHING""")
                .param("sequence", checkpoint.sequence())
                .param("hash", checkpoint.hash())
                .param("signedAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("signer", checkpoint.signer())
                .param("jws", jws)
                .update();
        return inserted == 1 ? Optional.of(checkpoint) : Optional.empty();
    }

    /** The newest checkpoint (highest sequence), unchecked. */
    @Transactional(readOnly = true)
    Optional<AuditCheckpoint> latest() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY sequence DESC LIMIT 1")
                .query(AuditCheckpoints::checkpoint).optional();
    }

    /** Every stored checkpoint in sequence order, a page at a time. */
    @Transactional(readOnly = true)
    void each(Consumer<AuditCheckpoint> action) {
        long after = -1;
        while (true) {
            List<AuditCheckpoint> page = jdbc.sql(
                            "SELECT * FROM audit_checkpoint WHERE sequence > :after ORDER BY sequence LIMIT :page")
                    .param("after", after).param("page", PAGE).query(AuditCheckpoints::checkpoint).list();
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    /** The latest checkpoint, for auditors and administrators. */
    @Transactional(readOnly = true)
    public AuditCheckpoint latest(CurrentUser user) {
        AuditAccess.require(user);
        return latest().orElseThrow(() -> NotFoundException.of("problem.audit-checkpoint.none"));
    }

    /** One checkpoint by its sequence, for auditors and administrators. */
    @Transactional(readOnly = true)
    public AuditCheckpoint bySequence(CurrentUser user, long sequence) {
        AuditAccess.require(user);
        return jdbc.sql("SELECT * FROM audit_checkpoint WHERE sequence = :s").param("s", sequence)
                .query(AuditCheckpoints::checkpoint).optional()
                .orElseThrow(() -> NotFoundException.of("problem.audit-checkpoint.not-found", String.valueOf(sequence)));
    }

    /** A page of checkpoints, newest first, for auditors and administrators. */
    @Transactional(readOnly = true)
    public List<AuditCheckpoint> list(CurrentUser user, int offset, int limit) {
        AuditAccess.require(user);
        AuditEvents.checkPage(offset, limit, MAX_PAGE_SIZE);
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY sequence DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(AuditCheckpoints::checkpoint).list();
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        AuditAccess.require(user);
        return jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single();
    }

    /**
     * Whether a stored checkpoint is what it says: its signature holds with a trusted key of the
     * body, and its columns are what was signed.
     */
    boolean holds(AuditCheckpoint stored) {
        try {
            AuditCheckpoint signed = read(stored.jws());
            return signed.sequence() == stored.sequence() && signed.hash().equals(stored.hash())
                    && signed.signedAt().equals(stored.signedAt());
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /**
     * A checkpoint presented from elsewhere (an uploaded file, a mailed copy), checked.
     *
     * @throws InvalidInputException naming the field {@value #FIELD} when it is not a checkpoint of this body
     */
    AuditCheckpoint read(String presented) {
        BodySignature.Checked checked = signature.verify(presented, AuditCheckpoint.TYPE);
        if (!checked.valid()) {
            throw refused("problem.audit-checkpoint." + switch (checked.outcome()) {
                case NOT_JWS -> "not-jws";
                case WRONG_TYPE -> "wrong-type";
                case UNTRUSTED_SIGNER -> "untrusted";
                default -> "bad-signature";
            });
        }
        try {
            JsonNode payload = json.readTree(checked.payload());
            String hash = payload.path("hash").asText("");
            if (!payload.path("sequence").canConvertToLong() || payload.path("sequence").asLong() < 1
                    || !hash.matches("[0-9a-f]{64}") || !payload.path("signedAt").isTextual()) {
                throw refused("problem.audit-checkpoint.content");
            }
            return new AuditCheckpoint(payload.path("sequence").asLong(), hash,
                    Instant.parse(payload.path("signedAt").asText()), checked.signer(), presented.strip());
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("problem.audit-checkpoint.content");
        }
    }

    private InvalidInputException refused(String key) {
        List<LocatedProblem> problems = new ArrayList<>();
        problems.add(new LocatedProblem(FIELD, null, UserMessage.of(key, signature.issuerName())));
        return InvalidInputException.located(UserMessage.of("problem.audit-checkpoint.refused"), problems);
    }

    private static AuditCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new AuditCheckpoint(rs.getLong("sequence"), rs.getString("hash"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("signer"), rs.getString("jws"));
    }
}
