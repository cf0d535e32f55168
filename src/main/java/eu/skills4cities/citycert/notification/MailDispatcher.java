package eu.skills4cities.citycert.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
    static final int MAX_ATTEMPTS = MailOutbox.MAX_ATTEMPTS;
    private static final int BATCH = 20;

    private final MailStore store;
    private final JavaMailSender smtp;
    private final Clock clock;
    private final String from;

    MailDispatcher(MailStore store, JavaMailSender smtp, Clock clock,
                   @Value("${citycert.mail.from:CityCert <no-reply@citycert.invalid>}") String from) {
        this.store = store;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${citycert.mail.poll-interval:PT2S}")
    @Transactional
    public void deliverDue() {
        for (MailStore.Due message : store.lockDue(MAX_ATTEMPTS, clock.instant(), BATCH)) {
            deliver(message);
        }
    }

    private void deliver(MailStore.Due message) {
        Instant now = clock.instant();
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.recipient());
            mail.setSubject(message.subject());
            mail.setText(message.body());
            smtp.send(mail);
            store.markSent(message.id(), now);
            log.info("Mail {} delivered to {}", message.id(), message.recipient());
        } catch (MailException e) {
            Duration backoff = Duration.ofMinutes(1L << Math.min(message.attempts(), 10));
            store.markFailed(message.id(), String.valueOf(e.getMessage()), now.plus(backoff));
            log.warn("Mail {} to {} not delivered (attempt {}): {}", message.id(), message.recipient(),
                    message.attempts() + 1, e.getMessage());
        }
    }
}
