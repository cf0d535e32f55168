package eu.skills4cities.citycert.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Frameworks and their versions; a version's content is stored as one JSON document.
 *
 * <p>A version that is published or retired never changes its content (the database's {@code
 * framework_version_immutable} trigger refuses it, on every node), so its parsed document is kept in a bounded
 * cache by id: a read of such a version selects its info without the content, and reuses the document. A
 * draft's content is read and parsed every time. The documents are immutable records, safe to share.
 */
@Repository
class FrameworkStore {

    private static final String INFO_COLUMNS = """
            v.id, f.code AS framework_code, v.version_number, v.title, v.label, v.sample, v.status,
            jsonb_array_length(v.content -> 'roles') AS role_count, v.source_file_name, v.imported_at,
            v.imported_by, v.published_at, v.published_by, v.retired_at, v.retired_by""";

    record StoredVersion(FrameworkVersionInfo info, FrameworkDocument document) {
    }

    /** Published and retired versions held parsed: far more than a body keeps in use at once. */
    static final int CACHED_VERSIONS = 64;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Cache<UUID, FrameworkDocument> documents = Caffeine.newBuilder().maximumSize(CACHED_VERSIONS)
            .build();

    FrameworkStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The framework's id, creating the framework when its code is new. */
    UUID frameworkId(String code, Instant now) {
        jdbc.sql("INSERT INTO framework (id, code, created_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                .params(UUID.randomUUID(), code, Timestamp.from(now)).update();
        return jdbc.sql("SELECT id FROM framework WHERE code = ? FOR UPDATE").param(code).query(UUID.class).single();
    }

    UUID insertDraft(UUID frameworkId, FrameworkDocument document, String sourceFileName, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        int number = jdbc.sql("SELECT coalesce(max(version_number), 0) + 1 FROM framework_version WHERE framework = ?")
                .param(frameworkId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO framework_version (id, framework, version_number, status, title, label, sample, content,
                                               source_file_name, imported_at, imported_by)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
                """)
                .params(id, frameworkId, number, document.title(), document.label(), document.sample(),
                        toJson(document), sourceFileName, Timestamp.from(now), actor)
                .update();
        return id;
    }

    Optional<StoredVersion> version(UUID id) {
        return jdbc.sql("SELECT " + INFO_COLUMNS + ", " + content() + " FROM framework_version v "
                        + "JOIN framework f ON f.id = v.framework WHERE v.id = :id")
                .params(cachedIds()).param("id", id).query(this::storedVersion).optional();
    }

    /** The versions with these ids, in one query (for many records at once). */
    List<StoredVersion> versions(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + INFO_COLUMNS + ", " + content() + " FROM framework_version v "
                        + "JOIN framework f ON f.id = v.framework WHERE v.id IN (:ids)")
                .params(cachedIds()).param("ids", java.util.Set.copyOf(ids)).query(this::storedVersion).list();
    }

    List<FrameworkVersionInfo> versions() {
        return jdbc.sql("SELECT " + INFO_COLUMNS + " FROM framework_version v JOIN framework f ON f.id = v.framework "
                        + "ORDER BY f.code, v.version_number DESC")
                .query((rs, row) -> info(rs)).list();
    }

    /** The newest published version of every framework. */
    List<StoredVersion> latestPublished() {
        return jdbc.sql("SELECT DISTINCT ON (f.code) " + INFO_COLUMNS + ", " + content() + " FROM framework_version v "
                        + "JOIN framework f ON f.id = v.framework WHERE v.status = 'PUBLISHED' "
                        + "ORDER BY f.code, v.version_number DESC")
                .params(cachedIds()).query(this::storedVersion).list();
    }

    boolean exists(String frameworkCode) {
        return jdbc.sql("SELECT count(*) FROM framework WHERE code = ?").param(frameworkCode)
                .query(Long.class).single() > 0;
    }

    void publish(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE framework_version SET status = 'PUBLISHED', published_at = ?, published_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id).update();
    }

    void retire(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE framework_version SET status = 'RETIRED', retired_at = ?, retired_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id).update();
    }

    /**
     * The content column of a version read: none for the versions whose document is cached ({@code :cached},
     * {@link #cachedIds()}), so that neither the database sends nor this node parses it again.
     */
    private static String content() {
        return "CASE WHEN v.id = ANY(CAST(:cached AS uuid[])) THEN NULL ELSE v.content END AS content";
    }

    private java.util.Map<String, Object> cachedIds() {
        return java.util.Map.of("cached", documents.asMap().keySet().toArray(UUID[]::new));
    }

    private StoredVersion storedVersion(ResultSet rs, int row) throws SQLException {
        FrameworkVersionInfo info = info(rs);
        String content = rs.getString("content");
        FrameworkDocument document;
        if (content != null) {
            document = fromJson(content);
            if (info.status() != VersionStatus.DRAFT) {
                documents.put(info.id(), document);
            }
        } else {
            // cached when the query was made; evicted since, it is read once more
            document = documents.get(info.id(), this::storedDocument);
        }
        return new StoredVersion(info, document);
    }

    private FrameworkDocument storedDocument(UUID id) {
        return fromJson(jdbc.sql("SELECT content FROM framework_version WHERE id = ?").param(id)
                .query(String.class).single());
    }

    private static FrameworkVersionInfo info(ResultSet rs) throws SQLException {
        return new FrameworkVersionInfo(rs.getObject("id", UUID.class), rs.getString("framework_code"),
                rs.getInt("version_number"), rs.getString("title"), rs.getString("label"), rs.getBoolean("sample"),
                VersionStatus.valueOf(rs.getString("status")), rs.getInt("role_count"), rs.getString("source_file_name"),
                instant(rs, "imported_at"), rs.getString("imported_by"), instant(rs, "published_at"),
                rs.getString("published_by"), instant(rs, "retired_at"), rs.getString("retired_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String toJson(FrameworkDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store framework " + document.code(), e);
        }
    }

    private FrameworkDocument fromJson(String content) {
        try {
            return json.readValue(content, FrameworkDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored framework content is unreadable", e);
        }
    }
}
