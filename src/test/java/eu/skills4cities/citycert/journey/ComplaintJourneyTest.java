package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint in a real browser: a visitor goes from the verification page to the complaint form,
 * complains about a certified person and confirms by the mailed link; an officer opens it from the
 * complaint list (the row's renderer button), triages it as about the holder, and suspends the
 * certificate; the public verification says suspended. Screenshots for the guide.
 */
@CityCertServerTest
class ComplaintJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestComplaints complaints;

    @Test
    void a_visitor_complains_confirms_and_an_officer_suspends_the_certificate() throws Exception {
        CertificateInfo certificate = certificates.issue(
                applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD")).id()).get(0);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String email = "journey-" + System.nanoTime() + "@example.org";

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // from the verification page to the form, as a visitor without an account
            browser.open("/verify");
            browser.click(By.id("verification-complain"));
            browser.type(By.cssSelector("#complaint-name input"), "Vera Visitor");
            browser.type(By.cssSelector("#complaint-email input"), email);
            browser.click(By.xpath("//vaadin-radio-button[normalize-space()='A certified person']"));
            browser.type(By.cssSelector("#complaint-certificate input"), certificate.number());
            browser.type(By.cssSelector("#complaint-description textarea"),
                    "The certified person presented my project report as their own work.");
            browser.screenshot("public-complaint-form");
            browser.click(By.id("complaint-send"));
            browser.waitForText(By.id("complaint-sent"), "Please open the link");

            browser.open("/complaints/confirm/" + complaints.confirmationToken(email));
            browser.waitForText(By.id("complaint-confirmation"), "Your complaint counts now");

            // the officer triages it from the list, then suspends the certificate
            browser.signIn(officer);
            browser.open("/complaints");
            browser.click(By.xpath("//vaadin-button[normalize-space()='Open']"));
            browser.waitForText(By.id("complaint-text"), "presented my project report");
            browser.click(By.xpath("//vaadin-radio-button[normalize-space()='About the certified person']"));
            browser.type(By.cssSelector("#complaint-triage-reason textarea"),
                    "A project report is said to be someone else's work.");
            browser.screenshot("staff-complaint-triage");
            browser.click(By.id("complaint-triage-send"));
            browser.waitForText(By.id("complaints"), "Investigate the complaint about a certified person");
            browser.waitForVaadin();

            browser.click(By.xpath("//vaadin-button[normalize-space()='Open']"));
            browser.waitForText(By.id("complaint-details"), "Outcome");
            browser.click(By.xpath("//vaadin-radio-button[normalize-space()='Suspend the certificate']"));
            browser.type(By.cssSelector("#complaint-outcome-reason textarea"),
                    "The report's author confirmed it is theirs; the certificate is suspended pending review.");
            browser.click(By.id("complaint-declaration"));
            browser.click(By.id("complaint-outcome-send"));
            browser.waitForText(By.id("no-complaints"), "No complaint awaits you");

            browser.driver().manage().deleteAllCookies();
            browser.open("/verify/" + certificate.number());
            browser.waitForText(By.id("status-banner"), "Suspended");
        }
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("SUSPENDED");
    }
}
