package eu.skills4cities.citycert.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's retry path against real SMTP: a server that refuses the connection fails the
 * delivery, which is tried again later and less often each time, up to the last attempt; the real
 * test server then takes it. Each test queues its message in its own transaction, where the
 * application's scheduled dispatcher cannot see it before the test is done with it, and dated in the
 * past, before any other message, so that the dispatchers this test builds, with their own clocks, see
 * only it.
 */
@CityCertSpringTest
class MailRetryTest {

    private static final Instant QUEUED = Instant.parse("1990-01-01T08:00:00Z");

    @Autowired
    MailStore store;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_refused_delivery_is_retried_later_each_time_and_then_delivered() {
        transaction.executeWithoutResult(status -> retriedThenDelivered());
        assertThat(mailServer.awaitMessagesTo("retry@test.citycert.test", 1)).hasSize(1);
    }

    private void retriedThenDelivered() {
        UUID id = queue("retry@test.citycert.test");

        refusing(QUEUED).deliverDue();
        assertThat(attemptsOf(id)).isEqualTo(1);
        assertThat(store.newestTo(List.of("retry@test.citycert.test"), 1).get(0).lastError()).isNotBlank();
        assertThat(nextAttemptOf(id)).isEqualTo(QUEUED.plus(Duration.ofMinutes(1)));

        // not due yet: nothing is tried
        refusing(QUEUED.plusSeconds(59)).deliverDue();
        assertThat(attemptsOf(id)).isEqualTo(1);

        refusing(QUEUED.plus(Duration.ofMinutes(1))).deliverDue();
        assertThat(attemptsOf(id)).isEqualTo(2);
        assertThat(nextAttemptOf(id)).isEqualTo(QUEUED.plus(Duration.ofMinutes(1 + 2)));

        dispatcher(smtp, QUEUED.plus(Duration.ofMinutes(3))).deliverDue();

        MailMessage delivered = store.newestTo(List.of("retry@test.citycert.test"), 1).get(0);
        assertThat(delivered.sentAt()).isEqualTo(QUEUED.plus(Duration.ofMinutes(3)));
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.lastError()).isNull();
    }

    @Test
    void a_message_that_never_goes_through_is_given_up_after_the_last_attempt() {
        transaction.executeWithoutResult(status -> givenUp());
    }

    private void givenUp() {
        UUID id = queue("never@test.citycert.test");
        Instant at = QUEUED;
        for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
            refusing(at).deliverDue();
            assertThat(attemptsOf(id)).isEqualTo(attempt);
            at = nextAttemptOf(id);
        }

        dispatcher(smtp, at.plus(Duration.ofDays(30))).deliverDue();

        assertThat(attemptsOf(id)).isEqualTo(MailDispatcher.MAX_ATTEMPTS);
        assertThat(store.newestTo(List.of("never@test.citycert.test"), 1).get(0).sentAt()).isNull();
    }

    private UUID queue(String recipient) {
        UUID id = UUID.randomUUID();
        store.insert(id, null, recipient, "Retry " + id, "A message that has to wait.", QUEUED);
        return id;
    }

    private int attemptsOf(UUID id) {
        return jdbc.sql("SELECT attempts FROM mail_message WHERE id = ?").param(id).query(Integer.class).single();
    }

    private Instant nextAttemptOf(UUID id) {
        return jdbc.sql("SELECT next_attempt_at FROM mail_message WHERE id = ?").param(id)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private MailDispatcher refusing(Instant now) {
        return dispatcher(refusingSmtp(), now);
    }

    private MailDispatcher dispatcher(JavaMailSender sender, Instant now) {
        return new MailDispatcher(store, sender, Clock.fixed(now, ZoneOffset.UTC), "test@citycert.invalid");
    }

    /** SMTP on a port nobody listens on: the connection is refused, as by a server that is down. */
    private static JavaMailSender refusingSmtp() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
