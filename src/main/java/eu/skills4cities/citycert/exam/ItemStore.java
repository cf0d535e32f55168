package eu.skills4cities.citycert.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.base.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The owner of {@code exam_item} (V40): one row per version of an item. It checks nothing and runs
 * in the callers' transactions; the trigger {@code exam_item_guard} keeps approved and retired
 * versions as they are.
 */
@Repository
class ItemStore {

    private static final String COLUMNS = """
            id, code, version, status, role_code, unit_code, element_code, stem, options, explanation, difficulty,
            sample, created_at, created_by, updated_at, updated_by, submitted_at, submitted_by, approved_at,
            approved_by, retired_at, retired_by""";
    private static final TypeReference<List<ItemOption>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ItemStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID insert(ItemDraft item, int version, boolean sample, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO exam_item (id, code, version, status, role_code, unit_code, element_code, stem, options, "
                        + "explanation, difficulty, sample, created_at, created_by, updated_at, updated_by) "
                        + "VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?)")
                .params(id, item.code(), version, item.roleCode(), item.unitCode(), item.elementCode(),
                        item.stem().strip(), toJson(item.options()), item.explanation().strip(),
                        item.difficulty().name(), sample, Timestamp.from(now), actor, Timestamp.from(now), actor)
                .update();
        return id;
    }

    /** A draft's new content; it is a draft again (a submitted draft that changes needs submitting again). */
    void updateDraft(UUID id, ItemDraft item, String actor, Instant now) {
        jdbc.sql("UPDATE exam_item SET role_code = ?, unit_code = ?, element_code = ?, stem = ?, "
                        + "options = CAST(? AS jsonb), explanation = ?, difficulty = ?, status = 'DRAFT', "
                        + "submitted_at = NULL, submitted_by = NULL, updated_at = ?, updated_by = ? WHERE id = ?")
                .params(item.roleCode(), item.unitCode(), item.elementCode(), item.stem().strip(),
                        toJson(item.options()), item.explanation().strip(), item.difficulty().name(),
                        Timestamp.from(now), actor, id)
                .update();
    }

    void submit(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE exam_item SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id).update();
    }

    void approve(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE exam_item SET status = 'APPROVED', approved_at = ?, approved_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id).update();
    }

    void retire(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE exam_item SET status = 'RETIRED', retired_at = ?, retired_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id).update();
    }

    Optional<ExamItem> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item WHERE id = ?").param(id).query(this::item).optional();
    }

    /** The versions with these ids, by id, in one query (a session's form names up to a few hundred). */
    Map<UUID, ExamItem> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item WHERE id IN (:ids)").param("ids", Set.copyOf(ids))
                .query(this::item).list().stream().collect(Collectors.toMap(ExamItem::id, Function.identity()));
    }

    /** The version, locked until the transaction ends, so two approvals or edits of it queue. */
    Optional<ExamItem> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item WHERE id = ? FOR UPDATE").param(id)
                .query(this::item).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM exam_item WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Every version of the item, oldest first. */
    List<ExamItem> versions(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item WHERE code = ? ORDER BY version").param(code)
                .query(this::item).list();
    }

    List<ExamItem> page(ItemFilter filter, int offset, int limit) {
        Where where = where(filter);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item" + where.sql()
                        + " ORDER BY updated_at DESC, code, version DESC OFFSET :offset LIMIT :limit")
                .params(params).query(this::item).list();
    }

    long count(ItemFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM exam_item" + where.sql()).params(where.params()).query(Long.class)
                .single();
    }

    /** Submitted versions this person neither wrote nor last edited: what they may approve. */
    long awaitingApprovalBy(String username) {
        return jdbc.sql("SELECT count(*) FROM exam_item WHERE status = 'SUBMITTED' AND created_by <> ? "
                + "AND updated_by <> ?").params(username, username).query(Long.class).single();
    }

    /** Every matching version, by code and version: what an export writes. */
    List<ExamItem> all(ItemFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_item" + where.sql() + " ORDER BY code, version")
                .params(where.params()).query(this::item).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Fixed fragments with named parameters; the search text's wildcards are escaped. */
    private static Where where(ItemFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!ItemRules.blank(filter.roleCode())) {
            clauses.add("role_code = :role");
            params.put("role", filter.roleCode());
        }
        if (!ItemRules.blank(filter.unitCode())) {
            clauses.add("unit_code = :unit");
            params.put("unit", filter.unitCode());
        }
        if (!ItemRules.blank(filter.elementCode())) {
            clauses.add("element_code = :element");
            params.put("element", filter.elementCode());
        }
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (SearchText.findsNothing(filter.text())) {
            clauses.add("FALSE");
        } else if (!ItemRules.blank(filter.text())) {
            clauses.add("(code ILIKE :text OR stem ILIKE :text)");
            params.put("text", "%" + SearchText.likeLiteral(filter.text().strip()) + "%");
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private ExamItem item(ResultSet rs, int row) throws SQLException {
        return new ExamItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"),
                ItemStatus.valueOf(rs.getString("status")), rs.getString("role_code"), rs.getString("unit_code"),
                rs.getString("element_code"), rs.getString("stem"), fromJson(rs.getString("options")),
                rs.getString("explanation"), Difficulty.valueOf(rs.getString("difficulty")), rs.getBoolean("sample"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                instant(rs, "approved_at"), rs.getString("approved_by"), instant(rs, "retired_at"),
                rs.getString("retired_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String toJson(List<ItemOption> options) {
        try {
            return json.writeValueAsString(options.stream()
                    .map(o -> new ItemOption(o.text().strip(), o.correct())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store an item's options", e);
        }
    }

    private List<ItemOption> fromJson(String options) {
        try {
            return json.readValue(options, OPTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored item options are unreadable", e);
        }
    }
}
