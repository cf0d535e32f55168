package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence documents: metadata and bytes in one row, written in the caller's transaction. */
@Repository
class EvidenceDocumentStore {

    private final JdbcClient jdbc;

    EvidenceDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID applicationId, UUID documentId, String fileName, String contentType, byte[] content,
                String sha256, Instant uploadedAt) {
        jdbc.sql("""
                INSERT INTO evidence_document (id, application, file_name, content_type, size_bytes, sha256, content, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(documentId, applicationId, fileName, contentType, content.length, sha256, content,
                        Timestamp.from(uploadedAt))
                .update();
    }

    List<DocumentInfo> list(UUID applicationId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, sha256, uploaded_at
                FROM evidence_document WHERE application = ? ORDER BY uploaded_at, file_name
                """).param(applicationId).query(DocumentInfo.class).list();
    }

    Optional<DocumentContent> content(UUID applicationId, UUID documentId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM evidence_document WHERE application = ? AND id = ?")
                .params(applicationId, documentId).query(DocumentContent.class).optional();
    }
}
