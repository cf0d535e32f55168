package eu.skills4cities.citycert.complaint.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.complaint.ComplaintSubject;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complainant of no account is written to in the language the complaint was lodged in (kept on the complaint),
 * here Greek: the confirmation link and, once it counts, the acknowledgement.
 */
class ComplaintLanguageViewTest extends KaribuViewTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");
    private static final Pattern LINK = Pattern.compile("/complaints/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    MailOutbox mail;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_visitor_who_complains_in_greek_gets_the_complaints_mail_in_greek() {
        String email = "visitor-el-" + System.nanoTime() + "@example.org";
        VaadinSession.getCurrent().setLocale(GREEK);
        UI.getCurrent().setLocale(GREEK);
        UI.getCurrent().navigate("complaints/new");
        UI.getCurrent().refreshCurrentRoute(true);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-name")), "Ελένη Επισκέπτρια");
        _setValue(_get(EmailField.class, spec -> spec.withId("complaint-email")), email);
        _setValue(subject(), ComplaintSubject.BODY);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-description")), "Η αίθουσα ήταν κλειστή.");
        _click(_get(Button.class, spec -> spec.withId("complaint-send")));

        assertThat(jdbc.sql("SELECT language FROM complaint WHERE complainant_email = ?").param(email)
                .query(String.class).single()).isEqualTo("el");
        List<MailMessage> sent = mail.recentTo(List.of(email), 10);
        assertThat(sent).extracting(MailMessage::subject)
                .containsExactly(messages.getMessage("mail.complaint-confirm.subject", null, GREEK))
                .doesNotContain("Please confirm your complaint");
        Matcher link = LINK.matcher(sent.get(0).body());
        assertThat(link.find()).isTrue();

        // confirmed from another window in English: the complaint's language is kept
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("complaints/confirm/" + link.group(1));
        String number = jdbc.sql("SELECT number FROM complaint WHERE complainant_email = ?").param(email)
                .query(String.class).single();
        String greekAcknowledgement = messages.getMessage("mail.complaint-acknowledged.subject",
                new Object[] {"", number}, GREEK);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mail.recentTo(List.of(email), 10)).extracting(MailMessage::subject)
                        .contains(greekAcknowledgement));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ComplaintSubject> subject() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("complaint-subject"));
    }
}
