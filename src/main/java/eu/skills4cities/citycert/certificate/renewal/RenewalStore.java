package eu.skills4cities.citycert.certificate.renewal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the renewal tables (V24): renewals, their CPD activities, documents and the
 * reviewer's requests for more. Runs in the caller's transaction; access checks are the services' job.
 */
@Repository
class RenewalStore {

    private final JdbcClient jdbc;

    RenewalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID certificateId, String holder, Instant at, List<CpdActivity> activities) {
        jdbc.sql("""
                INSERT INTO certificate_renewal (id, certificate, holder, submitted_at, continued_practice, status)
                VALUES (?, ?, ?, ?, TRUE, 'SUBMITTED')
                """).params(id, certificateId, holder, Timestamp.from(at)).update();
        int position = 0;
        for (CpdActivity activity : activities) {
            jdbc.sql("""
                    INSERT INTO certificate_renewal_activity (id, renewal, position, title, from_date, to_date, hours, units)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(UUID.randomUUID(), id, position++, activity.title(), Date.valueOf(activity.from()),
                    Date.valueOf(activity.to()), activity.hours(), String.join(",", activity.units())).update();
        }
    }

    void insertDocument(UUID renewalId, String fileName, String contentType, byte[] content, Instant at) {
        jdbc.sql("""
                INSERT INTO certificate_renewal_document (id, renewal, file_name, content_type, content, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), renewalId, fileName, contentType, content, Timestamp.from(at)).update();
    }

    int documentCount(UUID renewalId) {
        return jdbc.sql("SELECT count(*) FROM certificate_renewal_document WHERE renewal = ?").param(renewalId)
                .query(Integer.class).single();
    }

    void insertRequest(UUID renewalId, String requestedBy, String text, Instant at, Instant deadline) {
        jdbc.sql("""
                INSERT INTO certificate_renewal_request (id, renewal, requested_by, text, requested_at, deadline)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), renewalId, requestedBy, text, Timestamp.from(at),
                Timestamp.from(deadline)).update();
    }

    /** Records the holder's answer to the open request; false when none was open. */
    boolean answer(UUID renewalId, String text, Instant at) {
        return jdbc.sql("""
                UPDATE certificate_renewal_request SET answer = ?, answered_at = ?
                 WHERE renewal = ? AND answered_at IS NULL
                """).params(text, Timestamp.from(at), renewalId).update() > 0;
    }

    /** Moves an open renewal to {@code status}; false when it was not in one of {@code from} (a retried step). */
    boolean changeStatus(UUID renewalId, List<RenewalStatus> from, RenewalStatus status, String reviewer,
                         Instant decidedAt, String reason) {
        return jdbc.sql("""
                UPDATE certificate_renewal SET status = :status, reviewer = coalesce(:reviewer, reviewer),
                       decided_at = coalesce(:decidedAt, decided_at), reason = coalesce(:reason, reason)
                 WHERE id = :id AND status IN (:from)
                """).param("status", status.name()).param("reviewer", reviewer)
                .param("decidedAt", decidedAt == null ? null : Timestamp.from(decidedAt)).param("reason", reason)
                .param("id", renewalId).param("from", from.stream().map(Enum::name).toList()).update() > 0;
    }

    /** A refused renewal goes back to its check (an upheld appeal): the refusal is cleared; false when not refused. */
    boolean reopen(UUID renewalId) {
        return jdbc.sql("""
                UPDATE certificate_renewal SET status = 'SUBMITTED', reviewer = NULL, decided_at = NULL, reason = NULL
                 WHERE id = ? AND status = 'REFUSED'
                """).param(renewalId).update() > 0;
    }

    void exclude(UUID renewalId, String username, String appealNumber) {
        jdbc.sql("""
                INSERT INTO certificate_renewal_excluded (renewal_id, username, appeal_number) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """).params(renewalId, username, appealNumber).update();
    }

    /** The appeal that excluded the person from checking the renewal, if one did. */
    Optional<String> excludedBy(UUID renewalId, String username) {
        return jdbc.sql("SELECT appeal_number FROM certificate_renewal_excluded WHERE renewal_id = ? AND username = ?")
                .params(renewalId, username).query(String.class).optional();
    }

    /** Of these renewals, those an upheld appeal excluded the person from: {@link #excludedBy} for several. */
    Set<UUID> excludedAmong(Collection<UUID> renewalIds, String username) {
        if (renewalIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT renewal_id FROM certificate_renewal_excluded
                 WHERE renewal_id IN (:renewals) AND username = :username
                """).param("renewals", Set.copyOf(renewalIds)).param("username", username).query(UUID.class).list());
    }

    /** True when the renewal went back to its check on an upheld appeal. */
    boolean reopenedOnAppeal(UUID renewalId) {
        return jdbc.sql("SELECT count(*) FROM certificate_renewal_excluded WHERE renewal_id = ?").param(renewalId)
                .query(Integer.class).single() > 0;
    }

    void successor(UUID renewalId, UUID successorId) {
        jdbc.sql("UPDATE certificate_renewal SET successor = ? WHERE id = ?").params(successorId, renewalId).update();
    }

    private record RenewalRow(UUID id, UUID certificate, String number, String holder, Timestamp submittedAt,
                              boolean continuedPractice, String status, String reviewer, Timestamp decidedAt,
                              String reason, String successorNumber) {
    }

    private record ActivityRow(String title, Date fromDate, Date toDate, BigDecimal hours, String units) {
    }

    private record DocumentRow(UUID id, String fileName, String contentType, long size, Timestamp uploadedAt) {
    }

    private record RequestRow(UUID id, String requestedBy, String text, Timestamp requestedAt, Timestamp deadline,
                              String answer, Timestamp answeredAt) {
    }

    private static final String SELECT = """
            SELECT r.id, r.certificate, c.number, r.holder, r.submitted_at, r.continued_practice, r.status,
                   r.reviewer, r.decided_at, r.reason, s.number AS successor_number
              FROM certificate_renewal r JOIN certificate c ON c.id = r.certificate
              LEFT JOIN certificate s ON s.id = r.successor
            """;

    Optional<Renewal> byId(UUID renewalId) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(renewalId).query(RenewalRow.class).optional()
                .map(this::renewal);
    }

    /** The certificate's latest renewal, if it has one. */
    Optional<Renewal> latest(UUID certificateId) {
        return jdbc.sql(SELECT + " WHERE r.certificate = ? ORDER BY r.submitted_at DESC, r.id LIMIT 1")
                .param(certificateId).query(RenewalRow.class).optional().map(this::renewal);
    }

    /** Every renewal the holder submitted, newest first. */
    List<Renewal> ofHolder(String holder) {
        return jdbc.sql(SELECT + " WHERE r.holder = ? ORDER BY r.submitted_at DESC, r.id").param(holder)
                .query(RenewalRow.class).list().stream().map(this::renewal).toList();
    }

    /** The certificate's open renewal, locked for its change. */
    Optional<UUID> lockOpen(UUID certificateId) {
        return jdbc.sql("""
                SELECT id FROM certificate_renewal WHERE certificate = ? AND status IN ('SUBMITTED', 'MORE_NEEDED')
                   FOR UPDATE
                """).param(certificateId).query(UUID.class).optional();
    }

    UUID certificateOf(UUID renewalId) {
        return jdbc.sql("SELECT certificate FROM certificate_renewal WHERE id = ?").param(renewalId)
                .query(UUID.class).single();
    }

    /** The certificate of each of these renewals (those that exist), by renewal: {@link #certificateOf} for several. */
    Map<UUID, UUID> certificatesOf(Collection<UUID> renewalIds) {
        if (renewalIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> certificates = new HashMap<>();
        jdbc.sql("SELECT id, certificate FROM certificate_renewal WHERE id IN (:renewals)")
                .param("renewals", Set.copyOf(renewalIds))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("certificate", UUID.class)))
                .list().forEach(entry -> certificates.put(entry.getKey(), entry.getValue()));
        return certificates;
    }

    Optional<UUID> successorOf(UUID renewalId) {
        return jdbc.sql("SELECT successor FROM certificate_renewal WHERE id = ? AND successor IS NOT NULL")
                .param(renewalId).query(UUID.class).optional();
    }

    /** A document with the renewal it belongs to. */
    record StoredDocument(UUID renewalId, String fileName, String contentType, byte[] content) {
    }

    Optional<StoredDocument> document(UUID documentId) {
        return jdbc.sql("SELECT renewal AS renewal_id, file_name, content_type, content FROM certificate_renewal_document WHERE id = ?")
                .param(documentId).query(StoredDocument.class).optional();
    }

    /** Erases what the holder wrote and uploaded with their renewals; the decisions stay. */
    int erasePersonalContent(String holder) {
        jdbc.sql("DELETE FROM certificate_renewal_document WHERE renewal IN (SELECT id FROM certificate_renewal WHERE holder = ?)")
                .param(holder).update();
        return jdbc.sql("""
                UPDATE certificate_renewal_request SET answer = '' WHERE answer IS NOT NULL
                   AND renewal IN (SELECT id FROM certificate_renewal WHERE holder = ?)
                """).param(holder).update();
    }

    private Renewal renewal(RenewalRow row) {
        List<CpdActivity> activities = jdbc.sql("""
                SELECT title, from_date, to_date, hours, units FROM certificate_renewal_activity
                 WHERE renewal = ? ORDER BY position
                """).param(row.id()).query(ActivityRow.class).list().stream()
                .map(a -> new CpdActivity(a.title(), a.fromDate().toLocalDate(), a.toDate().toLocalDate(), a.hours(),
                        a.units().isEmpty() ? List.of() : Arrays.asList(a.units().split(",")))).toList();
        List<Renewal.Document> documents = jdbc.sql("""
                SELECT id, file_name, content_type, length(content) AS size, uploaded_at
                  FROM certificate_renewal_document WHERE renewal = ? ORDER BY uploaded_at, file_name, id
                """).param(row.id()).query(DocumentRow.class).list().stream()
                .map(d -> new Renewal.Document(d.id(), d.fileName(), d.contentType(), d.size(),
                        d.uploadedAt().toInstant())).toList();
        List<Renewal.Request> requests = jdbc.sql("""
                SELECT id, requested_by, text, requested_at, deadline, answer, answered_at
                  FROM certificate_renewal_request WHERE renewal = ? ORDER BY requested_at, id
                """).param(row.id()).query(RequestRow.class).list().stream()
                .map(q -> new Renewal.Request(q.id(), q.requestedBy(), q.text(), q.requestedAt().toInstant(),
                        q.deadline().toInstant(), q.answer(), instant(q.answeredAt()))).toList();
        return new Renewal(row.id(), row.number(), row.holder(), row.submittedAt().toInstant(),
                row.continuedPractice(), RenewalStatus.valueOf(row.status()), row.reviewer(),
                instant(row.decidedAt()), row.reason(), row.successorNumber(), activities, documents, requests);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
