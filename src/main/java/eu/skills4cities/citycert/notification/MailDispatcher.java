package eu.skills4cities.citycert.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers queued mail over SMTP, when an SMTP server is configured ({@code spring.mail.host};
 * Spring Boot then provides the {@link JavaMailSender}).
 * Each run locks a batch of due messages with {@code FOR UPDATE SKIP LOCKED}, so several
 * nodes can run it at once and never take the same message. A failed delivery is retried
 * later, less often each time, up to {@link #MAX_ATTEMPTS} times.
 *
 * <p>It is the one scheduled job that runs on every node of a cluster at once, on purpose (no
 * {@code @SchedulerLock}): the row locks already keep two nodes off one message, and with every node
 * taking batches the mail goes out faster and goes on when a node stops, where a cluster-wide lock would
 * leave all of it to one node at a time.
 *
 * <p>Delivery is at least once: a message is sent, then marked sent in the same transaction; a node
 * that dies between the two (or loses its database connection) leaves the message unsent, and it is sent
 * again. Each message therefore carries a {@code Message-ID} made of its {@code mail_message} id, the
 * same at every attempt, by which a mail server or reader can recognise the second copy.
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
    private final String messageIdDomain;

    MailDispatcher(MailStore store, JavaMailSender smtp, Clock clock,
                   @Value("${citycert.mail.from:CityCert <no-reply@citycert.invalid>}") String from) {
        this.store = store;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
        this.messageIdDomain = domainOf(from);
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
            smtp.send(mimeMessage(message));
            store.markSent(message.id(), now);
            log.info("Mail {} delivered to {}", message.id(), message.recipient());
        } catch (MailException e) {
            Duration backoff = Duration.ofMinutes(1L << Math.min(message.attempts(), 10));
            store.markFailed(message.id(), String.valueOf(e.getMessage()), now.plus(backoff));
            log.warn("Mail {} to {} not delivered (attempt {}): {}", message.id(), message.recipient(),
                    message.attempts() + 1, e.getMessage());
        }
    }

    private MimeMessage mimeMessage(MailStore.Due message) {
        MimeMessage mail = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail);
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            // the same at every attempt: the message's id at the sender's domain (Spring's sender keeps a
            // Message-ID set before sending, where JavaMail would make a new one)
            mail.setHeader("Message-ID", "<" + message.id() + "@" + messageIdDomain + ">");
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return mail;
    }

    /** The domain of the sender's address; {@code citycert.invalid} when it has none. */
    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at >= 0 && at < address.length() - 1 ? address.substring(at + 1) : "citycert.invalid";
        } catch (AddressException e) {
            return "citycert.invalid";
        }
    }
}
