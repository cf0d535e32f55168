package eu.skills4cities.citycert.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one owner of the {@code mail_message} table: the outbox writes to it, the dispatcher delivers from it. */
@Repository
class MailStore {

    private static final String COLUMNS = "id, recipient, subject, body, created_at, sent_at, attempts, last_error";

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message waiting for delivery. */
    record Due(UUID id, String recipient, String subject, String body, int attempts) {
    }

    /**
     * Stores a message; with a {@code dedupKey}, only if no message with that key exists (a null
     * key never conflicts).
     *
     * @return whether the message was stored
     */
    boolean insert(UUID id, String dedupKey, String recipient, String subject, String body, Instant now) {
        return jdbc.sql("""
                INSERT INTO mail_message (id, recipient, subject, body, created_at, next_attempt_at, dedup_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (dedup_key) DO NOTHING
                """).params(id, recipient, subject, body, Timestamp.from(now), Timestamp.from(now), dedupKey)
                .update() == 1;
    }

    /** Drops what is not sent yet and blanks what was, for the deletion of an account. */
    void erase(String recipient) {
        jdbc.sql("DELETE FROM mail_message WHERE recipient = ? AND sent_at IS NULL").param(recipient).update();
        jdbc.sql("UPDATE mail_message SET recipient = 'erased', subject = '(erased)', body = '(erased)' WHERE recipient = ?")
                .param(recipient).update();
    }

    List<MailMessage> newest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message ORDER BY created_at DESC LIMIT ?")
                .param(limit).query(MailMessage.class).list();
    }

    /** Failing: not delivered, and the last attempt to deliver failed (still retried, or given up). */
    private static final String FAILING = "sent_at IS NULL AND last_error IS NOT NULL";

    long countFailing() {
        return jdbc.sql("SELECT count(*) FROM mail_message WHERE " + FAILING).query(Long.class).single();
    }

    /**
     * The outbox's backlog, in one statement over the index of unsent messages.
     *
     * @param waiting not delivered yet and still to be tried (fewer than {@code maxAttempts} attempts)
     * @param givenUp not delivered, and tried {@code maxAttempts} times
     */
    record Backlog(long waiting, long givenUp) {
    }

    Backlog backlog(int maxAttempts) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE attempts < ?) AS waiting, count(*) FILTER (WHERE attempts >= ?) AS given_up
                FROM mail_message WHERE sent_at IS NULL
                """).params(maxAttempts, maxAttempts).query(Backlog.class).single();
    }

    /** A page of the failing messages, the newest first. */
    List<MailMessage> failing(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message WHERE " + FAILING
                        + " ORDER BY created_at DESC, id OFFSET ? LIMIT ?")
                .params(offset, limit).query(MailMessage.class).list();
    }

    /** The newest messages to any of the addresses, compared without case. */
    List<MailMessage> newestTo(Collection<String> recipients, int limit) {
        String[] lower = recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message WHERE lower(recipient) = ANY (?) ORDER BY created_at DESC LIMIT ?")
                .param(lower).param(limit).query(MailMessage.class).list();
    }

    /** The messages whose subject contains any of the texts (application or certificate numbers), oldest first. */
    List<MailMessage> withSubjectContaining(Collection<String> texts, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_message WHERE subject LIKE ANY (?) ORDER BY created_at LIMIT ?")
                .param(texts.stream().map(t -> "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                        .toArray(String[]::new))
                .param(limit).query(MailMessage.class).list();
    }

    /**
     * Locks a batch of due messages ({@code FOR UPDATE SKIP LOCKED}: another node's batch is
     * skipped, so each message goes out once) until the caller's transaction ends.
     */
    List<Due> lockDue(int maxAttempts, Instant now, int batch) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, attempts FROM mail_message
                WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED
                """).params(maxAttempts, Timestamp.from(now), batch).query(Due.class).list();
    }

    void markSent(UUID id, Instant at) {
        jdbc.sql("UPDATE mail_message SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void markFailed(UUID id, String error, Instant nextAttempt) {
        jdbc.sql("UPDATE mail_message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(error, Timestamp.from(nextAttempt), id).update();
    }
}
