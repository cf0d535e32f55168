package eu.skills4cities.citycert.complaint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** Complaints for tests: made through the services as the form makes them, and the confirmation link's secret. */
@Component
public class TestComplaints {

    private static final Pattern LINK = Pattern.compile("/complaints/confirm/([A-Za-z0-9_-]+)");

    private final ComplaintIntake intake;
    private final MailOutbox mail;
    private final TestCertificationPath path;
    private final TestAccounts accounts;
    private final ApplicationService applications;
    private final CertificateService certificates;
    private final JdbcClient jdbc;

    TestComplaints(ComplaintIntake intake, MailOutbox mail, TestCertificationPath path, TestAccounts accounts,
                   ApplicationService applications, CertificateService certificates, JdbcClient jdbc) {
        this.intake = intake;
        this.mail = mail;
        this.path = path;
        this.accounts = accounts;
        this.applications = applications;
        this.certificates = certificates;
        this.jdbc = jdbc;
    }

    /** A certificate and who assessed its application, that assessor also a certification officer now. */
    public record AssessedCertificate(String certificateNumber, CurrentUser assessorAsOfficer) {
    }

    /**
     * A certificate issued through the real process, and its assessor, given the certification officer's role
     * too (in their account, so that they sign in as one): somebody who would work on complaints, but judged this one.
     */
    public AssessedCertificate assessedCertificate() {
        ApplicationDetails application = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application(path.publishTwoUnitRole()));
        path.certify(application.id(), unit -> new BigDecimal("90"));
        String assessor = jdbc.sql("SELECT assessor FROM unit_assessment WHERE application = ? LIMIT 1")
                .param(application.id()).query(String.class).single();
        jdbc.sql("INSERT INTO user_role (user_account, role) SELECT id, ? FROM user_account WHERE username = ?")
                .params(Role.CERTIFICATION_OFFICER.name(), assessor).update();
        return new AssessedCertificate(certificates.forApplication(application.id()).get(0).number(),
                new CurrentUser(assessor, Set.of(Role.ASSESSOR, Role.CERTIFICATION_OFFICER)));
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
