package eu.skills4cities.citycert.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery is at least once, and a second copy says it is one: a node that sent a message and died before
 * its transaction marked it sent leaves it to be sent again, and both copies reach the SMTP server (GreenMail)
 * with the one {@code Message-ID} made of the message's id, by which a server or reader drops the copy. The
 * test queues its message in its own transaction (as {@link MailRetryTest} does), where the application's
 * scheduled dispatcher cannot see it, and the node's death is a rollback to a savepoint taken before the
 * first delivery.
 */
@CityCertSpringTest
class MailMessageIdTest {

    private static final Instant QUEUED = Instant.parse("1990-02-01T08:00:00Z");

    @Autowired
    MailStore store;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_message_sent_again_after_its_node_died_before_marking_it_sent_carries_the_same_message_id() throws Exception {
        String recipient = "message-id-" + UUID.randomUUID() + "@test.citycert.test";
        UUID id = UUID.randomUUID();
        MailDispatcher node = new MailDispatcher(store, smtp, Clock.fixed(QUEUED, ZoneOffset.UTC),
                "CityCert <no-reply@citycert.example>");

        transaction.executeWithoutResult(status -> {
            store.insert(id, null, recipient, "Twice " + id, "A message a dying node sent.", QUEUED);
            Object beforeDelivery = status.createSavepoint();
            node.deliverDue();
            // the node dies: its transaction, with the mark that the message went, never commits
            status.rollbackToSavepoint(beforeDelivery);
            node.deliverDue();
        });

        MimeMessage[] received = mailServer.awaitMessagesTo(recipient, 2);
        assertThat(received).hasSize(2);
        for (MimeMessage copy : received) {
            assertThat(copy.getMessageID()).isEqualTo("<" + id + "@citycert.example>");
        }
        MailMessage row = store.newestTo(List.of(recipient), 1).get(0);
        assertThat(row.sentAt()).isEqualTo(QUEUED);
        assertThat(row.attempts()).isEqualTo(1);
    }
}
