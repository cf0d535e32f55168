package eu.skills4cities.citycert.notification;

import java.util.Locale;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail is written in the language its recipient chose on their account, delivered by real SMTP (GreenMail) in
 * UTF-8; an address of no account gets English. A label given as a message key ({@code MessageSourceResolvable},
 * the escalation mail's stage) is written in the recipient's language too.
 */
@CityCertSpringTest
class MailLanguageTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    @Autowired
    MailOutbox outbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountSettings settings;
    @Autowired
    MessageSource messages;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_person_who_reads_citycert_in_greek_gets_their_mail_in_greek() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(user, "el");
        String address = accounts.email(user);

        transaction.executeWithoutResult(status -> outbox.queue(address, "email-changed",
                new DefaultMessageSourceResolvable("language.switcher.label"), "new@greek.citycert.test"));

        String subject = messages.getMessage("mail.email-changed.subject", null, GREEK);
        MimeMessage mail = mailServer.awaitMessageTo(address, subject);
        String body = mail.getContent().toString();
        assertThat(body).as("the label in Greek, sent as UTF-8").contains("Γλώσσα").doesNotContain("Language")
                .contains("new@greek.citycert.test");
        assertThat(body).startsWith(messages.getMessage("mail.email-changed.body",
                new Object[] {"Γλώσσα", "new@greek.citycert.test"}, GREEK).substring(0, 10));
    }

    @Test
    void an_address_of_nobody_known_gets_english() throws Exception {
        String address = "stranger-" + System.nanoTime() + "@nowhere.citycert.test";

        transaction.executeWithoutResult(status -> outbox.queue(address, "email-changed",
                new DefaultMessageSourceResolvable("language.switcher.label"), "x@nowhere.citycert.test"));

        MimeMessage mail = mailServer.awaitMessageTo(address, "Your CityCert email address has changed");
        assertThat(mail.getContent().toString()).startsWith("Dear Language,");
    }
}
