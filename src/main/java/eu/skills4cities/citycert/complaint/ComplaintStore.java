package eu.skills4cities.citycert.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.security.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the complaint tables (V32): complaints, the holder's responses and the
 * documents of both. Runs in the caller's transaction; access checks are the services' job.
 */
@Repository
class ComplaintStore {

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A complaint's row. */
    record Row(UUID id, String number, String status, String complainantUsername, String complainantName,
               String complainantEmail, String subject, String certificateNumber, String description,
               Timestamp confirmBy, Timestamp submittedAt, Timestamp confirmedAt, Timestamp dueAt, String triage,
               String triageReason, String triagedBy, Timestamp triagedAt, String outcome, String outcomeReason,
               String decidedBy, Timestamp decidedAt, String processInstance, String language) {

        /** The language the complaint was lodged in, for mail to a complainant of no account. */
        Locale languageValue() {
            return Languages.supported(language).orElse(Languages.DEFAULT);
        }

        ComplaintStatus statusValue() {
            return ComplaintStatus.valueOf(status);
        }

        ComplaintSubject subjectValue() {
            return ComplaintSubject.valueOf(subject);
        }

        Triage triageValue() {
            return triage == null ? null : Triage.valueOf(triage);
        }

        ComplaintOutcome outcomeValue() {
            return outcome == null ? null : ComplaintOutcome.valueOf(outcome);
        }
    }

    record StoredDocument(UUID id, UUID complaint, UUID response, String fileName, String contentType, byte[] content) {
    }

    void insert(UUID id, String complainantUsername, String name, String email, ComplaintSubject subject,
                String certificateNumber, String description, String confirmationSha256, Instant confirmBy,
                Instant at, String language) {
        jdbc.sql("""
                INSERT INTO complaint (id, status, complainant_username, complainant_name, complainant_email, subject,
                                       certificate_number, description, confirmation_sha256, confirm_by, submitted_at,
                                       language)
                VALUES (?, 'AWAITING_CONFIRMATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, complainantUsername, name, email, subject.name(), certificateNumber, description,
                        confirmationSha256, confirmBy == null ? null : Timestamp.from(confirmBy), Timestamp.from(at),
                        language)
                .update();
    }

    void insertDocument(UUID complaintId, UUID responseId, String fileName, String contentType, String sha256,
                        byte[] content, Instant at) {
        jdbc.sql("""
                INSERT INTO complaint_document (id, complaint, response, file_name, content_type, sha256, content,
                                                uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), complaintId, responseId, fileName, contentType, sha256, content,
                        Timestamp.from(at)).update();
    }

    Optional<Row> byId(UUID id) {
        return jdbc.sql("SELECT * FROM complaint WHERE id = ?").param(id).query(Row.class).optional();
    }

    /** The complaints with these ids (those that exist), in one query. */
    List<Row> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM complaint WHERE id IN (:ids)").param("ids", Set.copyOf(ids))
                .query(Row.class).list();
    }

    Optional<Row> byNumber(String number) {
        return jdbc.sql("SELECT * FROM complaint WHERE number = ?").param(number).query(Row.class).optional();
    }

    /** The complaint awaiting confirmation with this link's secret, locked against a second confirmation. */
    Optional<Row> lockByConfirmation(String sha256) {
        return jdbc.sql("SELECT * FROM complaint WHERE confirmation_sha256 = ? FOR UPDATE").param(sha256)
                .query(Row.class).optional();
    }

    Optional<Row> lock(UUID id) {
        return jdbc.sql("SELECT * FROM complaint WHERE id = ? FOR UPDATE").param(id).query(Row.class).optional();
    }

    /** Draws the next complaint number of the year: CP-2026-000001. */
    String nextNumber(int year) {
        long next = jdbc.sql("SELECT nextval('complaint_number_seq')").query(Long.class).single();
        return "CP-%d-%06d".formatted(year, next);
    }

    /** The complaint counts from now: numbered, due, its link used up. */
    void counted(UUID id, String number, Instant at, Instant dueAt) {
        jdbc.sql("""
                UPDATE complaint SET number = ?, status = 'RECEIVED', confirmed_at = ?, due_at = ?,
                                     confirmation_sha256 = NULL, confirm_by = NULL
                WHERE id = ?
                """).params(number, Timestamp.from(at), Timestamp.from(dueAt), id).update();
    }

    void processStarted(UUID id, String processInstance) {
        jdbc.sql("UPDATE complaint SET process_instance = ? WHERE id = ?").params(processInstance, id).update();
    }

    void triaged(UUID id, Triage triage, String reason, String by, Instant at) {
        jdbc.sql("""
                UPDATE complaint SET triage = ?, triage_reason = ?, triaged_by = ?, triaged_at = ?, status = ?
                WHERE id = ?
                """).params(triage.name(), reason, by, Timestamp.from(at),
                        triage == Triage.NOT_A_COMPLAINT ? "CLOSED" : "INVESTIGATING", id).update();
    }

    void decided(UUID id, ComplaintOutcome outcome, String reason, String by, Instant at) {
        jdbc.sql("""
                UPDATE complaint SET outcome = ?, outcome_reason = ?, decided_by = ?, decided_at = ?,
                                     no_conflict_declared = TRUE, status = 'CLOSED'
                WHERE id = ?
                """).params(outcome.name(), reason, by, Timestamp.from(at), id).update();
    }

    void insertResponse(UUID id, UUID complaintId, String author, String text, Instant at) {
        jdbc.sql("INSERT INTO complaint_response (id, complaint, author, text, submitted_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, complaintId, author, text, Timestamp.from(at)).update();
    }

    private record DocumentRow(UUID id, UUID response, String fileName, String contentType, long size) {
    }

    private record ResponseRow(UUID id, String text, Timestamp submittedAt) {
    }

    /** The complainant's own documents (not those of the holder's responses). */
    List<ComplaintDocument> complainantDocuments(UUID complaintId) {
        return documentRows(complaintId).stream().filter(row -> row.response() == null)
                .map(row -> new ComplaintDocument(row.id(), row.fileName(), row.contentType(), row.size())).toList();
    }

    /** The holder's responses, oldest first, with their documents. */
    List<HolderResponse> responses(UUID complaintId) {
        Map<UUID, List<ComplaintDocument>> documents = documentRows(complaintId).stream()
                .filter(row -> row.response() != null)
                .collect(Collectors.groupingBy(DocumentRow::response, Collectors.mapping(
                        row -> new ComplaintDocument(row.id(), row.fileName(), row.contentType(), row.size()),
                        Collectors.toList())));
        return jdbc.sql("SELECT id, text, submitted_at FROM complaint_response WHERE complaint = ? ORDER BY submitted_at, id")
                .param(complaintId).query(ResponseRow.class).list().stream()
                .map(row -> new HolderResponse(row.text(), row.submittedAt().toInstant(),
                        documents.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private List<DocumentRow> documentRows(UUID complaintId) {
        return jdbc.sql("""
                SELECT id, response, file_name, content_type, length(content) AS size
                FROM complaint_document WHERE complaint = ? ORDER BY uploaded_at, id
                """).param(complaintId).query(DocumentRow.class).list();
    }

    Optional<StoredDocument> document(UUID documentId) {
        return jdbc.sql("SELECT id, complaint, response, file_name, content_type, content FROM complaint_document WHERE id = ?")
                .param(documentId).query(StoredDocument.class).optional();
    }

    /** Complaints about a holder that were triaged as such, about any of these certificates, newest first. */
    List<Row> aboutCertificates(Collection<String> certificateNumbers) {
        if (certificateNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM complaint WHERE triage = 'ABOUT_A_HOLDER' AND certificate_number IN (:numbers)
                ORDER BY triaged_at DESC, id
                """).param("numbers", certificateNumbers).query(Row.class).list();
    }

    /** The complaints that count and name one of these certificates, oldest first. */
    List<ComplaintReference> naming(Collection<String> certificateNumbers) {
        if (certificateNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, number, certificate_number FROM complaint
                WHERE number IS NOT NULL AND certificate_number IN (:numbers) ORDER BY confirmed_at, id
                """).param("numbers", certificateNumbers).query(ComplaintReference.class).list();
    }

    /** The complaints a signed-in person made, newest first. */
    List<Row> madeBy(String username) {
        return jdbc.sql("SELECT * FROM complaint WHERE complainant_username = ? ORDER BY submitted_at DESC, id")
                .param(username).query(Row.class).list();
    }

    /** The complainant's name and address on the complaints they made, erased with their account. */
    int eraseComplainant(String username, String erasedName) {
        return jdbc.sql("""
                UPDATE complaint SET complainant_name = ?, complainant_email = 'erased-' || id || '@erased.invalid'
                WHERE complainant_username = ?
                """).params(erasedName, username).update();
    }

    /** The person's responses to complaints about them, with their documents. */
    int deleteResponsesOf(String username) {
        jdbc.sql("""
                DELETE FROM complaint_document WHERE response IN (SELECT id FROM complaint_response WHERE author = ?)
                """).param(username).update();
        return jdbc.sql("DELETE FROM complaint_response WHERE author = ?").param(username).update();
    }

    /** Deletes the public complaints whose confirmation link expired unused, with their documents. */
    int deleteUnconfirmedBefore(Instant now) {
        jdbc.sql("""
                DELETE FROM complaint_document WHERE complaint IN (
                  SELECT id FROM complaint WHERE status = 'AWAITING_CONFIRMATION' AND confirm_by < ?)
                """).param(Timestamp.from(now)).update();
        return jdbc.sql("DELETE FROM complaint WHERE status = 'AWAITING_CONFIRMATION' AND confirm_by < ?")
                .param(Timestamp.from(now)).update();
    }

    /** Complaints whose triage or outcome this officer recorded. */
    boolean handledBy(UUID id, String username) {
        return jdbc.sql("SELECT count(*) FROM complaint WHERE id = ? AND (triaged_by = ? OR decided_by = ?)")
                .params(id, username, username).query(Long.class).single() > 0;
    }
}
