package eu.skills4cities.citycert.certificate.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the lifecycle's own tables (V22): the reminders sent, the holder's statements on a
 * suspension with their documents, and the escalations of undecided suspensions. Runs in the caller's
 * transaction; access checks are the services' job.
 */
@Repository
class LifecycleStore {

    private final JdbcClient jdbc;

    LifecycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the rung's reminder was sent; false when it was sent before (a retried job). */
    boolean reminderSent(UUID certificateId, int daysBefore, Instant at) {
        return jdbc.sql("""
                INSERT INTO certificate_reminder (certificate, days_before, sent_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """).params(certificateId, daysBefore, Timestamp.from(at)).update() > 0;
    }

    /** Records the recertification notice of the certificate; false when it was recorded before. */
    boolean recertificationNoticeSent(UUID certificateId, java.time.LocalDate dueOn, Instant at) {
        return jdbc.sql("""
                INSERT INTO certificate_recertification_notice (certificate, due_on, sent_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING
                """).params(certificateId, java.sql.Date.valueOf(dueOn), Timestamp.from(at)).update() > 0;
    }

    /** The rungs reminded so far, largest first. */
    List<Integer> remindersSent(UUID certificateId) {
        return jdbc.sql("SELECT days_before FROM certificate_reminder WHERE certificate = ? ORDER BY days_before DESC")
                .param(certificateId).query(Integer.class).list();
    }

    void insertStatement(UUID id, UUID certificateId, String author, String text, Instant at) {
        jdbc.sql("""
                INSERT INTO certificate_statement (id, certificate, author, text, submitted_at) VALUES (?, ?, ?, ?, ?)
                """).params(id, certificateId, author, text, Timestamp.from(at)).update();
    }

    void insertDocument(UUID id, UUID statementId, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                INSERT INTO certificate_statement_document (id, statement, file_name, content_type, content)
                VALUES (?, ?, ?, ?, ?)
                """).params(id, statementId, fileName, contentType, content).update();
    }

    private record StatementRow(UUID id, String author, String text, Timestamp submittedAt) {
    }

    private record DocumentRow(UUID id, UUID statement, String fileName, String contentType, long size) {
    }

    /** The holder's statements on the certificate since {@code since}, oldest first, with their documents. */
    List<HolderStatement> statements(UUID certificateId, Instant since) {
        return withDocuments(jdbc.sql("""
                SELECT id, author, text, submitted_at FROM certificate_statement
                 WHERE certificate = ? AND submitted_at >= ? ORDER BY submitted_at, id
                """).params(certificateId, Timestamp.from(since)).query(StatementRow.class).list());
    }

    /** Every statement the author wrote, by the number of the certificate it answers for, oldest first. */
    Map<String, List<HolderStatement>> statementsBy(String author) {
        List<NumberedRow> rows = jdbc.sql("""
                SELECT c.number, s.id, s.author, s.text, s.submitted_at
                  FROM certificate_statement s JOIN certificate c ON c.id = s.certificate
                 WHERE s.author = ? ORDER BY s.submitted_at, s.id
                """).param(author).query(NumberedRow.class).list();
        Map<UUID, String> numbers = new HashMap<>();
        rows.forEach(row -> numbers.put(row.id(), row.number()));
        Map<String, List<HolderStatement>> byNumber = new TreeMap<>();
        withDocuments(rows.stream().map(row -> new StatementRow(row.id(), row.author(), row.text(), row.submittedAt()))
                .toList()).forEach(statement -> byNumber
                        .computeIfAbsent(numbers.get(statement.id()), number -> new ArrayList<>()).add(statement));
        return byNumber;
    }

    private record NumberedRow(String number, UUID id, String author, String text, Timestamp submittedAt) {
    }

    private List<HolderStatement> withDocuments(List<StatementRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<DocumentRow> documents = jdbc.sql("""
                SELECT id, statement, file_name, content_type, length(content) AS size
                  FROM certificate_statement_document WHERE statement IN (:ids) ORDER BY file_name, id
                """).param("ids", rows.stream().map(StatementRow::id).toList()).query(DocumentRow.class).list();
        return rows.stream().map(row -> new HolderStatement(row.id(), row.author(), row.text(),
                row.submittedAt().toInstant(), documents.stream().filter(d -> d.statement().equals(row.id()))
                        .map(d -> new HolderStatement.Document(d.id(), d.fileName(), d.contentType(), d.size()))
                        .toList())).toList();
    }

    /** A document's file name, type and content, with the certificate its statement is about. */
    record StoredDocument(UUID certificateId, String fileName, String contentType, byte[] content) {
    }

    Optional<StoredDocument> document(UUID documentId) {
        return jdbc.sql("""
                SELECT s.certificate AS certificate_id, d.file_name, d.content_type, d.content
                  FROM certificate_statement_document d JOIN certificate_statement s ON s.id = d.statement
                 WHERE d.id = ?
                """).param(documentId).query(StoredDocument.class).optional();
    }

    /** Deletes the author's statements and their documents; how many statements there were. */
    int deleteStatementsOf(String author) {
        jdbc.sql("""
                DELETE FROM certificate_statement_document
                 WHERE statement IN (SELECT id FROM certificate_statement WHERE author = ?)
                """).param(author).update();
        return jdbc.sql("DELETE FROM certificate_statement WHERE author = ?").param(author).update();
    }

    void insertEscalation(UUID certificateId, String taskId, Instant at, List<String> notified) {
        jdbc.sql("""
                INSERT INTO certificate_escalation (id, certificate, task_id, escalated_at, notified)
                VALUES (?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), certificateId, taskId, Timestamp.from(at), String.join(",", notified))
                .update();
    }

    /** How often the certificate's suspension was escalated since {@code since}. */
    int escalations(UUID certificateId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM certificate_escalation WHERE certificate = ? AND escalated_at >= ?")
                .params(certificateId, Timestamp.from(since)).query(Integer.class).single();
    }
}
