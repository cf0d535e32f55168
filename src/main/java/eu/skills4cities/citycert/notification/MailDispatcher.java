package eu.skills4cities.citycert.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers queued mail over SMTP, when an SMTP server is configured ({@code spring.mail.host};
 * Spring Boot then provides the {@link JavaMailSender}).
 * Each run locks a batch of due messages with {@code FOR UPDATE SKIP LOCKED}, so several
 * nodes can run it at once and still send each message once. A failed delivery is retried
 * later, less often each time, up to {@link #MAX_ATTEMPTS} times.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final JavaMailSender smtp;
    private final Clock clock;
    private final String from;

    MailDispatcher(JdbcClient jdbc, JavaMailSender smtp, Clock clock,
                   @Value("${citycert.mail.from:CityCert <no-reply@citycert.invalid>}") String from) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
    }

    private record Due(UUID id, String recipient, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${citycert.mail.poll-interval:PT2S}")
    @Transactional
    public void deliverDue() {
        List<Due> due = jdbc.sql("""
                SELECT id, recipient, subject, body, attempts FROM mail_message
                WHERE sent_at IS NULL AND attempts < ? AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED
                """).params(MAX_ATTEMPTS, Timestamp.from(clock.instant()), BATCH).query(Due.class).list();
        for (Due message : due) {
            deliver(message);
        }
    }

    private void deliver(Due message) {
        Instant now = clock.instant();
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.recipient());
            mail.setSubject(message.subject());
            mail.setText(message.body());
            smtp.send(mail);
            jdbc.sql("UPDATE mail_message SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                    .params(Timestamp.from(now), message.id()).update();
            log.info("Mail {} delivered to {}", message.id(), message.recipient());
        } catch (MailException e) {
            Duration backoff = Duration.ofMinutes(1L << Math.min(message.attempts(), 10));
            jdbc.sql("""
                    UPDATE mail_message SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?
                    """).params(String.valueOf(e.getMessage()), Timestamp.from(now.plus(backoff)), message.id())
                    .update();
            log.warn("Mail {} to {} not delivered (attempt {}): {}", message.id(), message.recipient(),
                    message.attempts() + 1, e.getMessage());
        }
    }
}
