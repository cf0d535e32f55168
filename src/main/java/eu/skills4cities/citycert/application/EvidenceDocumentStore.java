package eu.skills4cities.citycert.application;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
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

    void insert(UUID applicationId, UUID documentId, String fileName, String title, String description,
                String contentType, byte[] content, String sha256, Instant uploadedAt, Collection<String> elements) {
        jdbc.sql("""
                INSERT INTO evidence_document (id, application, file_name, title, description, content_type,
                                               size_bytes, sha256, content, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(documentId, applicationId, fileName, title, description, contentType, content.length, sha256,
                        content, Timestamp.from(uploadedAt))
                .update();
        if (!elements.isEmpty()) {
            // one statement for all the elements (a portfolio document covers a role's 15 or so), not one each
            jdbc.sql("""
                    INSERT INTO evidence_document_element (document, element_code)
                    SELECT ?, element_code FROM unnest(?::varchar[]) AS element_code
                    """)
                    .params(documentId, elements.toArray(String[]::new)).update();
        }
    }

    List<DocumentInfo> list(UUID applicationId) {
        return jdbc.sql("""
                SELECT d.id, d.file_name, d.title, d.description, d.content_type, d.size_bytes, d.sha256, d.uploaded_at,
                       array_remove(array_agg(e.element_code ORDER BY e.element_code), NULL) AS elements
                FROM evidence_document d LEFT JOIN evidence_document_element e ON e.document = d.id
                WHERE d.application = ?
                GROUP BY d.id ORDER BY d.uploaded_at, d.file_name
                """).param(applicationId).query(EvidenceDocumentStore::info).list();
    }

    Optional<DocumentContent> content(UUID applicationId, UUID documentId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM evidence_document WHERE application = ? AND id = ?")
                .params(applicationId, documentId).query(DocumentContent.class).optional();
    }

    long totalBytes(UUID applicationId) {
        return jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM evidence_document WHERE application = ?")
                .param(applicationId).query(Long.class).single();
    }

    boolean delete(UUID applicationId, UUID documentId) {
        return jdbc.sql("DELETE FROM evidence_document WHERE application = ? AND id = ?")
                .params(applicationId, documentId).update() == 1;
    }

    private static DocumentInfo info(ResultSet rs, int row) throws SQLException {
        Array elements = rs.getArray("elements");
        List<String> codes = elements == null ? List.of() : Arrays.asList((String[]) elements.getArray());
        return new DocumentInfo(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("title"),
                rs.getString("description"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), List.copyOf(codes));
    }
}
