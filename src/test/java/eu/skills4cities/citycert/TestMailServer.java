package eu.skills4cities.citycert;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server (GreenMail) for the tests: the one {@link TestMailPort} started for this JVM, on the port it
 * set as {@code spring.mail.port}. One server serves every test context in the JVM.
 */
@Component
public class TestMailServer {

    private final GreenMail server = TestMailPort.server();

    public GreenMail greenMail() {
        return server;
    }

    /**
     * The messages delivered to one recipient, waiting (at most 10 s) until there are at
     * least {@code count}: CityCert's mail dispatcher delivers queued mail in the background.
     */
    public MimeMessage[] awaitMessagesTo(String recipient, int count) {
        return awaitMessages(recipient, message -> true, count);
    }

    /** Like {@link #awaitMessagesTo}, counting only the recipient's messages whose subject contains the text. */
    public MimeMessage awaitMessageTo(String recipient, String subjectContains) {
        return awaitMessages(recipient, message -> message.getSubject().contains(subjectContains), 1)[0];
    }

    private interface MessageTest {
        boolean test(MimeMessage message) throws MessagingException;
    }

    private MimeMessage[] awaitMessages(String recipient, MessageTest wanted, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> found = List.of();
        try {
            while (System.nanoTime() < deadline) {
                found = new ArrayList<>();
                for (MimeMessage message : server.getReceivedMessages()) {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient) && wanted.test(message)) {
                        found.add(message);
                    }
                }
                if (found.size() >= count) {
                    return found.toArray(MimeMessage[]::new);
                }
                server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
            }
        } catch (MessagingException e) {
            throw new AssertionError("Unreadable mail to " + recipient, e);
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + recipient + ", got " + found.size());
    }
}
