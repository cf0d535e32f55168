package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate's life after issuance in a real browser: an officer suspends it from the register,
 * the holder answers from their home page, the officer lifts the suspension from the list of suspended
 * certificates, later withdraws a unit (reduction of scope), and anyone verifying the old number is
 * told and led to its successor; a holder renews with CPD, a reviewer accepts, and the link the holder
 * shares leads to the new certificate. Screenshots for the guides.
 */
@CityCertServerTest
class LifecycleJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestRenewals renewalsForTests;
    @Autowired
    ProcessEngine engine;

    @Test
    void suspended_answered_lifted_then_reduced_in_scope_and_the_old_link_leads_on() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);
        String number = certificate.number();

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // the officer suspends it from the register, with a reason and the declaration
            browser.signIn(officer);
            openDetails(browser, number);
            browser.click(By.id("decision-SUSPEND"));
            browser.type(By.cssSelector("#decision-reason textarea"), "A complaint about the evidence is being investigated.");
            browser.click(By.id("decision-declaration"));
            browser.assertAccessible("the register's decision dialog");
            browser.screenshot("staff-register-suspend");
            browser.click(By.id("decision-confirm"));
            browser.waitForText(By.id("details-status"), "Suspended");
            assertThat(status(number)).isEqualTo(CertificateStatus.SUSPENDED);

            // the holder's start page says so and leads to the statement
            browser.signIn(holder);
            browser.waitForText(By.id("home-certificates"), number);
            browser.click(By.cssSelector("#home-certificates a.home-suspended"));
            browser.waitForText(By.id("statement-reason"), "A complaint about the evidence");
            browser.type(By.cssSelector("#statement-text textarea"),
                    "The reference letter is genuine; my former employer can confirm it.");
            browser.screenshot("candidate-suspension-statement");
            browser.click(By.id("statement-submit"));
            browser.waitForText(By.id("statement-earlier"), "The reference letter is genuine");

            // the officer reads the statement and lifts the suspension
            browser.signIn(officer);
            browser.open("/certificates/suspended");
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + number + "']"));
            browser.waitForText(By.id("suspension-statements"), "The reference letter is genuine");
            browser.screenshot("staff-suspended-certificates");
            browser.click(By.id("suspension-reinstate"));
            browser.type(By.cssSelector("#decision-reason textarea"), "The employer confirmed the reference.");
            browser.click(By.id("decision-declaration"));
            browser.click(By.id("decision-confirm"));
            // the lifted certificate leaves the list (other tests' suspensions may stay in it)
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.xpath("//vaadin-grid-cell-content[normalize-space()='" + number + "']")));
            assertThat(status(number)).isEqualTo(CertificateStatus.ACTIVE);

            // later the officer withdraws one unit: the holder keeps the rest as unit certificates
            openDetails(browser, number);
            browser.click(By.id("decision-REDUCE_SCOPE"));
            browser.click(By.id("decision-unit"));
            browser.click(By.xpath("//vaadin-select-item[starts-with(normalize-space(), 'SCPD-U5')]"));
            browser.type(By.cssSelector("#decision-reason textarea"), "The holder no longer practises this unit's work.");
            browser.click(By.id("decision-declaration"));
            browser.screenshot("staff-register-reduce-scope");
            browser.click(By.id("decision-confirm"));
            browser.waitForText(By.id("details-status"), "Superseded");
            // the first successor (the unit certificate of SCPD-U1) is the one the old certificate names
            CertificateInfo first = certificates.chain(number).orElseThrow().successorsOf(number).stream()
                    .map(link -> certificates.byNumber(link.number()).orElseThrow()).findFirst().orElseThrow();
            assertThat(first.unitCode()).isEqualTo("SCPD-U1");
            assertThat(certificates.byNumber(number).orElseThrow().supersededBy()).isEqualTo(first.id());
            String successor = first.number();

            // anyone with the old link is told and led on
            browser.driver().manage().deleteAllCookies();
            browser.open("/verify/" + number);
            browser.waitForText(By.id("status-banner"), "Scope reduced: see certificate " + successor);
            browser.waitForText(By.id("history"), successor);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('certificate-details').scrollIntoView({block: 'start'})");
            browser.screenshot("verify-history");
            browser.click(By.id("superseded-by"));
            browser.waiting().until(ExpectedConditions.urlContains("/verify/" + successor));
            browser.waitForText(By.id("status-banner"), "Active");
        }
    }

    @Test
    void a_holder_renews_with_cpd_a_reviewer_accepts_and_the_shared_link_leads_to_the_new_certificate()
            throws Exception {
        CertificateInfo certificate = renewalsForTests.inWindow(certificates.issue(
                applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD")).id()).get(0));
        CurrentUser holder = TestRenewals.holderOf(certificate);
        String number = certificate.number();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // the holder's certificates say the renewal is open and lead to it
            browser.signIn(holder);
            browser.open("/certificates");
            browser.click(By.cssSelector("a.renewal-open"));
            browser.waitForText(By.id("renewal-totals"), "40");
            // a field's popup (a date picker's calendar) opened and closed at once under load may leave its
            // aria-hidden marks on the rest of the form: with no dialog open the page's script (base.AppShell) does
            // not make what they mark inert, so the fields still take keys
            Object markedInert = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const field = document.querySelector('.renewal-activity .activity-hours');
                    field.setAttribute('aria-hidden', 'true');
                    field.setAttribute('data-aria-hidden', 'true');
                    setTimeout(() => {
                      const inert = field.inert;
                      field.removeAttribute('aria-hidden');
                      field.removeAttribute('data-aria-hidden');
                      done(inert);
                    }, 300);
                    """);
            assertThat(markedInert).as("a field marked by a closed popup is not inert").isEqualTo(false);
            // one activity: 40 hours that keep the first unit current, and the declaration
            browser.type(By.cssSelector(".renewal-activity .activity-title input"), "Urban data platforms course");
            browser.typeDate(By.cssSelector(".renewal-activity .activity-from input"), us(today.minusDays(60)));
            browser.typeDate(By.cssSelector(".renewal-activity .activity-to input"), us(today.minusDays(56)));
            browser.type(By.cssSelector(".renewal-activity .activity-hours input"), "40");
            browser.click(By.xpath("//vaadin-checkbox-group[contains(@class,'activity-units')]"
                    + "//vaadin-checkbox[starts-with(normalize-space(.), 'SCPD-U1')]"));
            browser.click(By.id("renewal-declaration"));
            browser.waitForText(By.id("renewal-totals"), "40");
            browser.screenshot("candidate-renewal");
            browser.click(By.id("renewal-submit"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("renewal-submit")));

            // a reviewer finds it among the renewals to check, claims it and accepts it
            CurrentUser reviewer = accounts.create(Role.REVIEWER);
            browser.signIn(reviewer);
            browser.open("/renewals");
            browser.click(By.linkText(number));
            browser.click(By.id("check-claim"));
            browser.waitForText(By.id("check-outcome"), "Accept");
            browser.click(By.xpath("//vaadin-radio-group[@id='check-outcome']//vaadin-radio-button[.//label["
                    + "starts-with(normalize-space(), 'Accept')]]"));
            browser.click(By.id("check-declaration"));
            browser.screenshot("staff-renewal-check");
            browser.click(By.id("check-decide"));
            browser.waiting().until(ExpectedConditions.urlMatches(".*/renewals$"));
        }
        // the job executor is off in tests: run the asynchronous "Issue the successor" step of this certificate
        runJobsOf(number);
        var successors = certificates.chain(number).orElseThrow().successorsOf(number);
        assertThat(successors).as("the accepted renewal issued the successor").hasSize(1);
        CertificateInfo renewed = certificates.byNumber(successors.get(0).number()).orElseThrow();

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // the holder's certificates show the new one and link the old one's renewal to it
            browser.signIn(holder);
            browser.open("/certificates");
            browser.waitForText(By.cssSelector("a.renewal-renewed"), renewed.number());
            browser.screenshot("candidate-renewed");
            // the link the holder shares: the new certificate's verification page
            browser.click(By.cssSelector("a.renewal-renewed"));
            browser.waiting().until(ExpectedConditions.urlContains("/verify/" + renewed.number()));
            browser.waitForText(By.id("status-banner"), "Active");
            String shared = browser.driver().getCurrentUrl();

            // whoever opens it, signed in or not, sees it active; the old link says renewed and leads on
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(shared);
            browser.waitForText(By.id("status-banner"), "Active");
            browser.open("/verify/" + number);
            browser.waitForText(By.id("status-banner"), "Renewed: see certificate " + renewed.number());
            browser.screenshot("verify-renewed");
        }
    }

    private void runJobsOf(String number) {
        var instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
        if (instance != null) {
            engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages().list()
                    .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    /** A date as the date picker takes it in English (United States): month/day/year. */
    private static String us(java.time.LocalDate date) {
        return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
    }

    /** The register, filtered to the one certificate, with its details open. */
    private static void openDetails(JourneyBrowser browser, String number) {
        browser.open("/certificate-register");
        browser.type(By.cssSelector("#filter-number input"), number);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("details-" + number)));
        browser.waitForVaadin();
        browser.click(By.id("details-" + number));
        browser.waitForText(By.id("details-units"), "SCPD-U1");
    }

    private CertificateStatus status(String number) {
        return certificates.byNumber(number).orElseThrow().status(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
