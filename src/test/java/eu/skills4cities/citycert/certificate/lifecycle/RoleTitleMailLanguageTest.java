package eu.skills4cities.citycert.certificate.lifecycle;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails that name a role write its title in the recipient's language, from the framework (the application's
 * receipt, the certificate's expiry), while the records keep the English title they were made with.
 */
@CityCertSpringTest
class RoleTitleMailLanguageTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountSettings settings;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateLifecycle lifecycle;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void a_german_candidates_receipt_and_expiry_mail_name_the_role_in_german() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(candidate, "de");
        String address = accounts.email(candidate);

        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String receipt = mailServer.awaitMessageTo(address, application.number()).getContent().toString();
        assertThat(receipt).contains("Ihr Antrag", "Smart-City-Projektentwickler/-in")
                .doesNotContain("Smart City Project Developer");

        CertificateInfo issued = certificates.issue(application.id()).get(0);
        transaction.executeWithoutResult(status -> lifecycle.expire(issued.number()));
        String subject = messages.getMessage("mail.certificate-expired.subject",
                new Object[] {"", issued.number()}, java.util.Locale.GERMAN);
        String expired = mailServer.awaitMessageTo(address, subject).getContent().toString();
        assertThat(expired).contains("Smart-City-Projektentwickler/-in").doesNotContain("Smart City Project Developer");
        assertThat(issued.roleTitle()).as("the record keeps its title").isEqualTo("Smart City Project Developer");
    }
}
