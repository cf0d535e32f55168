package eu.skills4cities.citycert.journey;

import java.io.IOException;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer, an assessor and an officer on a 1366 × 768 laptop: the reviewer filters the inbox by the address
 * the start page links to, claims at the top of the task, marks every unit sufficient and completes; the assessor
 * scores with the unit result shown as they type; the officer opens the evidence on the decision screen, decides,
 * confirms and is told which certificate was issued to whom. Every screen is checked with axe-core and for
 * sideways scrolling.
 */
@CityCertServerTest
class StaffScreensJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    ManagementService management;

    @Test
    void a_reviewer_an_assessor_and_an_officer_take_an_application_to_its_certificate_on_a_laptop() throws IOException {
        ApplicationDetails application = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPMC"));
        String number = application.number();
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(new Dimension(1366, 768));

            // the reviewer opens the inbox as a start page's link would, filtered by role and due date
            browser.signIn(accounts.create(Role.REVIEWER));
            browser.open("/inbox?role=SCPMC&dueWithin=30");
            browser.type(By.cssSelector("#filter-search input"), number);
            browser.waitForText(By.id("task-count"), "1 task");
            browser.waitForText(By.id("tasks"), number);
            fits(browser, "the filtered inbox");
            // the Due column and the row's actions are on the screen, not behind a sideways scroll of the grid
            assertThat((Boolean) script(browser, "const t = document.getElementById('tasks').$.table;"
                    + " return t.scrollWidth <= t.clientWidth")).as("the inbox grid scrolls sideways: %s",
                    script(browser, "const g = document.getElementById('tasks'); const t = g.$.table;"
                            + " return t.scrollWidth + ' > ' + t.clientWidth + ': ' + [...g.querySelectorAll("
                            + "'vaadin-grid-column')].map(c => c.path + c.width + '/' + c._sizerCell?.offsetWidth)"
                            + ".join(', ')")).isTrue();
            browser.screenshot("staff-inbox-filters");
            browser.click(By.id("open-" + number));
            // claim at the top of the task screen
            browser.click(By.cssSelector("#task-actions #claim"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("mark-all-sufficient")));
            fits(browser, "the claimed review");
            browser.click(By.id("mark-all-sufficient"));
            typeHeld(browser, "review-message", "Relevant, authentic, sufficient and current.");
            browser.screenshot("staff-review-mark-all");
            complete(browser);

            // the assessor scores each unit and reads its result at once
            browser.signIn(accounts.create(Role.ASSESSOR));
            claimFromInbox(browser, number);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='score-'] input")));
            int units = browser.driver().findElements(By.cssSelector("[id^='score-'] input")).size();
            By scores = By.cssSelector("[id^='score-'] input");
            for (int index = 0; index < units; index++) {
                WebElement field = browser.driver().findElements(scores).get(index);
                script(browser, "arguments[0].scrollIntoView({block: 'center'})", field);
                field.sendKeys("80");
                // one score at a time, as a person types them: each keystroke is a round trip (EAGER), and on a
                // loaded machine the next field's keys must not race the last answer. Once (CI, session 33) a field
                // showed nothing 30 s after its keys: a person would see the empty field and type again, and so
                // does the journey, every 5 s, saying so in the log; the message says what the page showed
                int typed = index;
                int[] polls = {0};
                browser.waiting().withMessage(() -> "score field " + typed + " shows '"
                                + browser.driver().findElements(scores).get(typed).getDomProperty("value")
                                + "', the focus on " + script(browser, "return document.activeElement.outerHTML"
                                + ".slice(0, 120)") + ", typed " + (polls[0] / 10 + 1) + " times")
                        .until(driver -> {
                            WebElement shown = driver.findElements(scores).get(typed);
                            if ("80".equals(shown.getDomProperty("value"))) {
                                return true;
                            }
                            if (++polls[0] % 10 == 0) {
                                System.err.println("score field " + typed + " shows '" + shown.getDomProperty("value")
                                        + "' after its keys: typing again");
                                shown.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                                        "80");
                            }
                            return false;
                        });
                browser.waitForVaadin();
            }
            browser.waiting().withMessage(() -> "the live results: " + browser.driver().findElements(
                            By.cssSelector("[id^='unit-result-']")).stream()
                            .map(result -> result.getDomProperty("textContent")).toList())
                    .until(driver -> driver.findElements(By.cssSelector("[id^='unit-result-']")).stream()
                    .filter(result -> "Unit result so far: 80 %, passed".equals(result.getDomProperty("textContent")))
                    .count() == units);
            typeHeld(browser, "assessment-comment", "Structured interview on the portfolio.");
            fits(browser, "the assessment with its live results");
            browser.screenshot("staff-assessment-live");
            complete(browser);

            // the officer reads the evidence on the decision screen, decides and confirms
            browser.signIn(accounts.create(Role.CERTIFICATION_OFFICER));
            claimFromInbox(browser, number);
            browser.waitForText(By.id("assessment-outcome"), "Competent");
            // a collapsed Details is its summary: a click on it opens it
            browser.click(By.id("decision-evidence"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#decision-evidence a[download]")));
            assertThat(browser.driver().findElement(By.cssSelector("#decision-evidence a[download]"))
                    .getDomAttribute("href")).isEqualTo("api/applications/" + application.id() + "/documents/"
                    + application.documents().get(0).id());
            fits(browser, "the decision with its evidence");
            browser.click(By.id("no-conflict"));
            browser.click(By.xpath("//vaadin-radio-group[@id='verdict']//vaadin-radio-button[.//label["
                    + "normalize-space()='Certify']]"));
            typeHeld(browser, "reason", "Review and assessment support certification.");
            browser.waitForVaadin();
            browser.click(By.id("complete"));
            browser.waitForText(By.tagName("vaadin-confirm-dialog-overlay"), "Certify " + application.candidateName() + "?");
            // with the dialog open: the page behind it is inert (base.AppShell), the Cancel reads 4.5:1 or more
            browser.assertAccessible("the decision's confirm dialog");
            assertThat(browser.driver().findElements(By.cssSelector("[data-aria-hidden='true']:not([inert])")))
                    .as("what the dialog hides from screen readers is inert too").isEmpty();
            browser.screenshot("staff-decision-confirm");
            browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
            browser.waitForText(By.id("decision-recorded"), "You certified " + application.candidateName());
            assertThat(browser.driver().findElements(By.cssSelector("[inert], [data-citycert-inert]")))
                    .as("once the dialog is closed nothing behind it stays inert").isEmpty();

            // the engine issues the certificate in its asynchronous step (its job executor is off in tests);
            // the page, looking again every few seconds, names it
            management.createJobQuery().processInstanceId(application.processInstanceId()).messages().list()
                    .forEach(job -> management.executeJob(job.getId()));
            String certificate = certificates.forApplication(application.id()).get(0).number();
            browser.waitForText(By.id("issued-certificates"), "Certificate " + certificate + " issued to "
                    + application.candidateName());
            fits(browser, "the decision's result");
            browser.screenshot("staff-decision-result");
        }
    }

    /** Finds the application's task in the inbox, opens it and claims it. */
    private static void claimFromInbox(JourneyBrowser browser, String number) {
        browser.open("/inbox");
        browser.type(By.cssSelector("#filter-search input"), number);
        browser.waitForText(By.id("task-count"), "1 task");
        // Open is a link the router follows even when the search's refresh replaces the row; Claim then sits
        // at the top of the task screen
        browser.click(By.id("open-" + number));
        browser.click(By.cssSelector("#task-actions #claim"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("release")));
    }

    /**
     * Types into a text area and waits until its field holds the text (typed while the page was still busy with
     * the last score's round trip, the keys were once lost: then they are typed again).
     */
    private static void typeHeld(JourneyBrowser browser, String id, String text) {
        browser.waitForVaadin();
        browser.waiting().until(driver -> {
            if (!text.equals(script(browser, "return document.getElementById(arguments[0]).value", id))) {
                script(browser, "document.getElementById(arguments[0]).value = ''", id);
                browser.type(By.cssSelector("#" + id + " textarea"), text);
                browser.waitForVaadin();
            }
            return text.equals(script(browser, "return document.getElementById(arguments[0]).value", id));
        });
    }

    private static void complete(JourneyBrowser browser) {
        browser.waitForVaadin();
        browser.click(By.id("complete"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-count")));
    }

    /** No axe-core violation, and nothing wider than the laptop's window. */
    private static void fits(JourneyBrowser browser, String page) {
        browser.assertAccessible(page);
        assertThat((Boolean) script(browser,
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(page + " scrolls sideways").isTrue();
    }

    private static Object script(JourneyBrowser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
