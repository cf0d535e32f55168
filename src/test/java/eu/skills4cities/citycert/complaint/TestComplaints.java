package eu.skills4cities.citycert.complaint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** Complaints for tests: made through the services as the form makes them, and the confirmation link's secret. */
@Component
public class TestComplaints {

    private static final Pattern LINK = Pattern.compile("/complaints/confirm/([A-Za-z0-9_-]+)");

    private final ComplaintIntake intake;
    private final MailOutbox mail;

    TestComplaints(ComplaintIntake intake, MailOutbox mail) {
        this.intake = intake;
        this.mail = mail;
    }

    /** A complaint by a signed-in person about the holder of the certificate: it counts at once. */
    public String aboutHolder(CurrentUser complainant, String certificateNumber) {
        return intake.submit(complainant, new NewComplaint(null, null, ComplaintSubject.HOLDER, certificateNumber,
                "The holder claimed a unit they do not hold.", List.of())).number();
    }

    /** A complaint by a signed-in person about the certification body: it counts at once. */
    public String aboutBody(CurrentUser complainant) {
        return intake.submit(complainant, new NewComplaint(null, null, ComplaintSubject.BODY, null,
                "My application waited for months.", List.of())).number();
    }

    /** The secret of the newest confirmation link mailed to this address. */
    public String confirmationToken(String email) {
        List<MailMessage> mails = mail.recentTo(List.of(email), 20).stream()
                .filter(message -> message.subject().contains("confirm")).toList();
        assertThat(mails).as("a confirmation link mailed to %s", email).isNotEmpty();
        Matcher link = LINK.matcher(mails.get(0).body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The mails to this address whose subject contains the words. */
    public List<MailMessage> mailsTo(String email, String subjectContains) {
        return mail.recentTo(List.of(email), 50).stream()
                .filter(message -> message.subject().contains(subjectContains)).toList();
    }
}
