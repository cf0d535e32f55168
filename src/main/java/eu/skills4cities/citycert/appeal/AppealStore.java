package eu.skills4cities.citycert.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner of the appeal tables (Flyway V30, V35): appeals, who is excluded from each, the units named, documents and notes. */
@Repository
class AppealStore {

    private static final String COLUMNS = """
            id, number, appellant, contested_kind, application_id, certificate_number, decided_at, grounds, status,
            submitted_at, due_at, outcome_reason, outcome_at, process_instance_id""";

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An appeal row, without its documents and notes. */
    record Row(UUID id, String number, String appellant, ContestedKind contested, UUID applicationId,
               String certificateNumber, Instant decidedAt, String grounds, AppealStatus status, Instant submittedAt,
               Instant dueAt, String outcomeReason, Instant outcomeAt, String processInstanceId) {
    }

    private static final RowMapper<Row> ROW = (ResultSet rs, int n) -> new Row(rs.getObject("id", UUID.class),
            rs.getString("number"), rs.getString("appellant"), ContestedKind.valueOf(rs.getString("contested_kind")),
            rs.getObject("application_id", UUID.class), rs.getString("certificate_number"),
            instant(rs, "decided_at"), rs.getString("grounds"), AppealStatus.valueOf(rs.getString("status")),
            instant(rs, "submitted_at"), instant(rs, "due_at"), rs.getString("outcome_reason"),
            instant(rs, "outcome_at"), rs.getString("process_instance_id"));

    long nextNumber() {
        return jdbc.sql("SELECT nextval('appeal_number_seq')").query(Long.class).single();
    }

    void insert(Row row, String contestedKey) {
        jdbc.sql("""
                INSERT INTO appeal (id, number, appellant, contested_kind, contested_key, application_id,
                                    certificate_number, decided_at, grounds, status, submitted_at, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(row.id(), row.number(), row.appellant(), row.contested().name(), contestedKey,
                row.applicationId(), row.certificateNumber(), Timestamp.from(row.decidedAt()), row.grounds(),
                row.status().name(), Timestamp.from(row.submittedAt()), Timestamp.from(row.dueAt())).update();
    }

    void processStarted(UUID id, String processInstanceId) {
        jdbc.sql("UPDATE appeal SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    /** The number of the open appeal against the decision, if there is one. */
    Optional<String> openAgainst(String contestedKey) {
        return jdbc.sql("SELECT number FROM appeal WHERE contested_key = ? AND status IN ('OPEN', 'AWAITING_APPELLANT')")
                .param(contestedKey).query(String.class).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE id = ?").param(id).query(ROW).optional();
    }

    Optional<Row> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE id = ? FOR UPDATE").param(id).query(ROW).optional();
    }

    List<Row> ofAppellant(String appellant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE appellant = ? ORDER BY submitted_at DESC, number")
                .param(appellant).query(ROW).list();
    }

    List<Row> ofApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE application_id = ? ORDER BY submitted_at, number")
                .param(applicationId).query(ROW).list();
    }

    List<Row> byIds(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE id IN (:ids) ORDER BY due_at, number")
                .param("ids", ids).query(ROW).list();
    }

    void changeStatus(UUID id, AppealStatus status) {
        jdbc.sql("UPDATE appeal SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void recordOutcome(UUID id, AppealStatus status, String reason, String decidedBy, Instant at,
                       boolean noConflictDeclared) {
        jdbc.sql("""
                UPDATE appeal SET status = ?, outcome_reason = ?, decided_by = ?, outcome_at = ?, no_conflict_declared = ?
                 WHERE id = ?
                """).params(status.name(), reason, decidedBy, Timestamp.from(at), noConflictDeclared, id).update();
    }

    Optional<String> decidedBy(UUID id) {
        return jdbc.sql("SELECT decided_by FROM appeal WHERE id = ? AND decided_by IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    // ---- who may not decide

    void exclude(UUID appeal, String username, String part) {
        jdbc.sql("INSERT INTO appeal_excluded (appeal, username, part) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(appeal, username, part).update();
    }

    /**
     * How many appeals wait at an open task of this activity (the engine's task table named) that the person is not
     * excluded from, in one statement: the panel's menu count.
     */
    long countAtOpenTask(String taskTable, String activity, String username) {
        return jdbc.sql("SELECT count(*) FROM " + taskTable + " t JOIN appeal a ON a.process_instance_id = t.PROC_INST_ID_ "
                        + "WHERE t.TASK_DEF_KEY_ = ? AND NOT EXISTS (SELECT 1 FROM appeal_excluded e "
                        + "WHERE e.appeal = a.id AND e.username = ?)")
                .params(activity, username).query(Long.class).single();
    }

    boolean excluded(UUID appeal, String username) {
        return jdbc.sql("SELECT count(*) FROM appeal_excluded WHERE appeal = ? AND username = ?")
                .params(appeal, username).query(Long.class).single() > 0;
    }

    /** Of these appeals, those the person is excluded from: {@link #excluded} for several, in one query. */
    Set<UUID> excludedAmong(Collection<UUID> appeals, String username) {
        if (appeals.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(
                        "SELECT DISTINCT appeal FROM appeal_excluded WHERE appeal IN (:appeals) AND username = :username")
                .param("appeals", Set.copyOf(appeals)).param("username", username).query(UUID.class).list());
    }

    /** Everybody excluded from the appeal, the appellant included. */
    List<String> excludedUsers(UUID appeal) {
        return jdbc.sql("SELECT username FROM appeal_excluded WHERE appeal = ? ORDER BY username").param(appeal)
                .query(String.class).list();
    }

    // ---- the units an appeal names, and what an upheld appeal did (V35)

    void insertUnits(UUID appeal, List<String> units) {
        for (String unit : units) {
            jdbc.sql("INSERT INTO appeal_unit (appeal_id, unit_code) VALUES (?, ?)").params(appeal, unit).update();
        }
    }

    List<String> units(UUID appeal) {
        return jdbc.sql("SELECT unit_code FROM appeal_unit WHERE appeal_id = ? ORDER BY unit_code").param(appeal)
                .query(String.class).list();
    }

    void recordAction(UUID appeal, AppealAction action, String subject) {
        jdbc.sql("UPDATE appeal SET action = ?, action_subject = ? WHERE id = ?").params(action.name(), subject, appeal)
                .update();
    }

    /** What the upheld appeal did and on what, if it did something. */
    record Acted(AppealAction action, String subject) {
    }

    Optional<Acted> action(UUID appeal) {
        return jdbc.sql("SELECT action, action_subject FROM appeal WHERE id = ? AND action IS NOT NULL").param(appeal)
                .query((rs, n) -> new Acted(AppealAction.valueOf(rs.getString("action")), rs.getString("action_subject")))
                .optional();
    }

    // ---- documents

    void insertDocument(UUID id, UUID appeal, String fileName, String contentType, byte[] content, String sha256,
                        Instant at) {
        jdbc.sql("""
                INSERT INTO appeal_document (id, appeal, file_name, content_type, size_bytes, sha256, content, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, appeal, fileName, contentType, content.length, sha256, content, Timestamp.from(at))
                .update();
    }

    List<AppealDocument> documents(UUID appeal) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, sha256, added_at FROM appeal_document
                 WHERE appeal = ? ORDER BY added_at, file_name
                """).param(appeal).query((rs, n) -> new AppealDocument(rs.getObject("id", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), instant(rs, "added_at"))).list();
    }

    /** A stored document with its bytes and the appeal it belongs to. */
    record StoredDocument(UUID appeal, String fileName, String contentType, byte[] content) {
    }

    Optional<StoredDocument> document(UUID id) {
        return jdbc.sql("SELECT appeal, file_name, content_type, content FROM appeal_document WHERE id = ?").param(id)
                .query((rs, n) -> new StoredDocument(rs.getObject("appeal", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    // ---- notes

    void insertNote(UUID appeal, String kind, String author, String text, Instant dueAt, Instant at) {
        jdbc.sql("""
                INSERT INTO appeal_note (id, appeal, kind, author, text, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), appeal, kind, author, text, dueAt == null ? null : Timestamp.from(dueAt),
                Timestamp.from(at)).update();
    }

    List<AppealNote> notes(UUID appeal) {
        return jdbc.sql("SELECT id, kind, author, text, due_at, created_at FROM appeal_note WHERE appeal = ?"
                        + " ORDER BY created_at, id").param(appeal)
                .query((rs, n) -> new AppealNote(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("author"), rs.getString("text"), instant(rs, "due_at"),
                        instant(rs, "created_at"))).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
