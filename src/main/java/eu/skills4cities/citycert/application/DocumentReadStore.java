package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of evidence document reads, written in the caller's transaction (the read's own). */
@Repository
class DocumentReadStore {

    private final JdbcClient jdbc;

    DocumentReadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, UUID documentId, String reader, ApplicationAccess.Grounds grounds,
                boolean inline, Instant readAt) {
        jdbc.sql("""
                INSERT INTO document_read (application, document, reader, grounds, inline, read_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(applicationId, documentId, reader, grounds.name(), inline, Timestamp.from(readAt))
                .update();
    }

    /** The reads of an application's documents, oldest first; a document erased since keeps its reads, unnamed. */
    List<DocumentRead> of(UUID applicationId) {
        return jdbc.sql("""
                SELECT r.application, r.document, coalesce(d.title, d.file_name) AS document_name, r.reader,
                       r.grounds, r.inline, r.read_at
                FROM document_read r LEFT JOIN evidence_document d ON d.id = r.document
                WHERE r.application = ?
                ORDER BY r.read_at, r.id
                """).param(applicationId)
                .query((rs, row) -> new DocumentRead(rs.getObject("application", UUID.class),
                        rs.getObject("document", UUID.class), rs.getString("document_name"), rs.getString("reader"),
                        ApplicationAccess.Grounds.valueOf(rs.getString("grounds")), rs.getBoolean("inline"),
                        rs.getTimestamp("read_at").toInstant()))
                .list();
    }
}
