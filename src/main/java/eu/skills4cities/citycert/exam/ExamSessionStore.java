package eu.skills4cities.citycert.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The owner of the exam session tables (V41): sessions, their forms, every answer with its time, the scores and
 * the extra time granted.
 */
@Repository
class ExamSessionStore {

    private static final String COLUMNS = "id, application_id, application_number, candidate, role_code, status, "
            + "started_at, ends_at, process_instance_id, submitted_at, submitted_by, voided_at, voided_by, void_reason";

    private final JdbcClient jdbc;
    /** For the batches (a form's items, a submission's scores), which {@link JdbcClient} does not do. */
    private final JdbcTemplate batch;

    ExamSessionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(ExamSession session, List<SessionItem> form) {
        jdbc.sql("INSERT INTO exam_session (id, application_id, application_number, candidate, role_code, status, "
                        + "started_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(session.id(), session.applicationId(), session.applicationNumber(), session.candidate(),
                        session.roleCode(), session.status().name(), ts(session.startedAt()), ts(session.endsAt()))
                .update();
        // one batch for the whole form: a start costs the same statements however many items it draws
        batch.batchUpdate("INSERT INTO exam_session_item (session_id, position, item_id, unit_code, element_code, "
                + "option_order) VALUES (?, ?, ?, ?, ?, ?)", form.stream().map(item -> new Object[] {session.id(),
                item.position(), item.itemId(), item.unitCode(), item.elementCode(), join(item.optionOrder())})
                .toList());
    }

    void setProcessInstance(UUID sessionId, String processInstanceId) {
        jdbc.sql("UPDATE exam_session SET process_instance_id = ? WHERE id = ?").params(processInstanceId, sessionId)
                .update();
    }

    Optional<ExamSession> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_session WHERE id = ?").param(id).query(this::session)
                .optional();
    }

    /** The session, locked until the transaction ends: an answer, a submission and the timer never overlap. */
    Optional<ExamSession> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_session WHERE id = ? FOR UPDATE").param(id)
                .query(this::session).optional();
    }

    Optional<ExamSession> running(String candidate) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_session WHERE candidate = ? AND status = 'RUNNING'")
                .param(candidate).query(this::session).optional();
    }

    /** The application's sessions, oldest first. */
    List<ExamSession> ofApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_session WHERE application_id = ? ORDER BY started_at, id")
                .param(applicationId).query(this::session).list();
    }

    /** The application's latest submitted session (a voided one does not count); empty before a submission. */
    Optional<ExamSession> latestSubmitted(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exam_session WHERE application_id = ? AND status = 'SUBMITTED' "
                + "ORDER BY submitted_at DESC, id LIMIT 1").param(applicationId).query(this::session).optional();
    }

    /** The codes of the items the candidate was given in earlier sessions for the role (any version). */
    Set<String> itemCodesSeen(String candidate, String roleCode) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT i.code FROM exam_session_item si JOIN exam_session s "
                        + "ON s.id = si.session_id JOIN exam_item i ON i.id = si.item_id "
                        + "WHERE s.candidate = ? AND s.role_code = ?")
                .params(candidate, roleCode).query(String.class).list());
    }

    List<SessionItem> form(UUID sessionId) {
        return jdbc.sql("SELECT session_id, position, item_id, unit_code, element_code, option_order, chosen, "
                        + "answered_at FROM exam_session_item WHERE session_id = ? ORDER BY position")
                .param(sessionId).query((rs, row) -> new SessionItem(rs.getObject("session_id", UUID.class),
                        rs.getInt("position"), rs.getObject("item_id", UUID.class), rs.getString("unit_code"),
                        rs.getString("element_code"), split(rs.getString("option_order")),
                        split(rs.getString("chosen")), instant(rs, "answered_at")))
                .list();
    }

    /** Saves an answer in the form and in the log of every answer given. */
    void answer(UUID sessionId, int position, List<Integer> chosen, Instant at) {
        jdbc.sql("UPDATE exam_session_item SET chosen = ?, answered_at = ? WHERE session_id = ? AND position = ?")
                .params(join(chosen), ts(at), sessionId, position).update();
        jdbc.sql("INSERT INTO exam_answer_log (session_id, position, chosen, answered_at) VALUES (?, ?, ?, ?)")
                .params(sessionId, position, join(chosen), ts(at)).update();
    }

    /** Every answer given, in the order given: position, chosen option indexes (the bank's) and time. */
    List<AnswerGiven> answersGiven(UUID sessionId) {
        return jdbc.sql("SELECT position, chosen, answered_at FROM exam_answer_log WHERE session_id = ? "
                        + "ORDER BY answered_at, position")
                .param(sessionId).query((rs, row) -> new AnswerGiven(rs.getInt("position"),
                        split(rs.getString("chosen")), instant(rs, "answered_at")))
                .list();
    }

    record AnswerGiven(int position, List<Integer> chosen, Instant at) {
    }

    void submit(UUID sessionId, String by, Instant at, List<ElementScore> scores) {
        jdbc.sql("UPDATE exam_session SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ? WHERE id = ?")
                .params(ts(at), by, sessionId).update();
        batch.batchUpdate("INSERT INTO exam_session_score (session_id, unit_code, element_code, items, correct) "
                + "VALUES (?, ?, ?, ?, ?)", scores.stream().map(score -> new Object[] {sessionId, score.unitCode(),
                score.elementCode(), score.items(), score.correct()}).toList());
    }

    List<ElementScore> scores(UUID sessionId) {
        return jdbc.sql("SELECT unit_code, element_code, items, correct FROM exam_session_score "
                        + "WHERE session_id = ? ORDER BY unit_code, element_code")
                .param(sessionId).query((rs, row) -> new ElementScore(rs.getString("unit_code"),
                        rs.getString("element_code"), rs.getInt("items"), rs.getInt("correct")))
                .list();
    }

    void extendTo(UUID sessionId, Instant endsAt, int minutes, String reason, String by, Instant at) {
        jdbc.sql("UPDATE exam_session SET ends_at = ? WHERE id = ?").params(ts(endsAt), sessionId).update();
        jdbc.sql("INSERT INTO exam_extra_time (id, session_id, minutes, reason, granted_by, granted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), sessionId, minutes, reason, by, ts(at)).update();
    }

    record ExtraTimeGranted(int minutes, String reason, String by, Instant at) {
    }

    List<ExtraTimeGranted> extraTime(UUID sessionId) {
        return jdbc.sql("SELECT minutes, reason, granted_by, granted_at FROM exam_extra_time WHERE session_id = ? "
                        + "ORDER BY granted_at").param(sessionId)
                .query((rs, row) -> new ExtraTimeGranted(rs.getInt("minutes"), rs.getString("reason"),
                        rs.getString("granted_by"), instant(rs, "granted_at"))).list();
    }

    void voidSession(UUID sessionId, String reason, String by, Instant at) {
        jdbc.sql("UPDATE exam_session SET status = 'VOIDED', voided_at = ?, voided_by = ?, void_reason = ? "
                + "WHERE id = ?").params(ts(at), by, reason, sessionId).update();
    }

    private ExamSession session(ResultSet rs, int row) throws SQLException {
        return new ExamSession(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                rs.getString("application_number"), rs.getString("candidate"), rs.getString("role_code"),
                ExamSessionStatus.valueOf(rs.getString("status")), instant(rs, "started_at"),
                instant(rs, "ends_at"), rs.getString("process_instance_id"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), instant(rs, "voided_at"), rs.getString("voided_by"),
                rs.getString("void_reason"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
    }
}
