package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium) against the running application: a candidate signs
 * in and submits an application; a reviewer signs in and claims the review task.
 */
@CityCertServerTest
class BrowserJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.audit.AuditCheckpointer checkpointer;
    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    ManagementService management;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting examKey;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_visitor_registers_confirms_the_mailed_link_submits_and_a_reviewer_claims_the_review() throws Exception {
        CurrentUser candidate = registerThroughTheBrowser();
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        Path pdf = Files.createTempFile("portfolio-", ".pdf");
        Files.write(pdf, TestDocuments.pdf());

        signIn(candidate);
        open("/applications/new");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("role"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., 'Smart City Project Manager')]"))).click();
        screenshot("candidate-choose-role");
        click(By.id("start"));

        // step 1: eligibility and statement, saved as the candidate goes
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#experience input"))).sendKeys("8", Keys.TAB);
        browser.findElement(By.id("education")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., 'EQF 7')]"))).click();
        browser.findElement(By.cssSelector("#statement textarea")).sendKeys(TestDocuments.STATEMENT, Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "Saved"));

        // step 2: self-assessment of the first element
        click(By.id("next"));
        click(By.xpath("//vaadin-radio-group[@id='rate-SCPM-U1-E1']//vaadin-radio-button[.//label[normalize-space()='Fully']]"));

        // step 3: one document in the portfolio
        click(By.id("next"));
        WebElement fileInput = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-file")))
                .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-received"),
                pdf.getFileName().toString()));
        browser.findElement(By.cssSelector("#document-title input")).sendKeys("Project portfolio", Keys.TAB);
        click(By.id("document-elements"));
        click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'SCPM-U1-E1')]"));
        browser.findElement(By.cssSelector("#document-elements input")).sendKeys(Keys.ESCAPE);
        click(By.id("add-document"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio"), "Project portfolio"));

        // step 4: check the answers, declare and submit (CheckAnswersJourneyTest takes the wizard's screenshots)
        click(By.id("next"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rated-count")));
        click(By.cssSelector("#declaration label"));
        click(By.id("submit"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Evidence in review"));
        screenshot("candidate-application-submitted");
        var submitted = applications.mine(candidate);
        assertThat(submitted).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.IN_REVIEW));
        String number = submitted.get(0).number();
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Application " + number);
        String ownDocument = browser.findElement(By.linkText(pdf.getFileName().toString())).getDomProperty("href");
        assertThat(fetch(ownDocument)).isEqualTo("200 application/pdf " + TestDocuments.pdf().length);

        open("/inbox");
        wait.until(driver -> !driver.findElements(By.id("access-denied")).isEmpty()
                || !driver.findElements(By.id("not-found-page")).isEmpty());
        assertThat(browser.findElements(By.id("tasks"))).as("a candidate sees no task list").isEmpty();
        assertThat(browser.getTitle()).as("the refusal names itself in the tab").isEqualTo("Not available | CityCert");

        browser.findElement(By.id("logout")).click();
        // signed out, the browser is at the front door (base.FrontDoorView at /)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("front-door")));
        assertThat(fetch(ownDocument)).as("after signing out").startsWith("401 ");

        signIn(reviewer);
        open("/inbox");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-" + number))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-SCPM-U1")));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Evidence review: application " + number);
        // the reviewer downloads the evidence, listed under the unit it is mapped to, with the browser's session
        String href = browser.findElement(By.id("documents-SCPM-U1")).findElement(By.linkText("Project portfolio"))
                .getDomProperty("href");
        assertThat(fetch(href)).isEqualTo("200 application/pdf " + TestDocuments.pdf().length);
    }

    /** Fetches a URL from the page, with the page's cookies: "status content-type length". */
    private String fetch(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(body =>
                    done(r.status + ' ' + r.headers.get('content-type') + ' ' + body.byteLength)));
                """, url);
    }

    @Test
    void staff_ask_for_more_evidence_on_one_unit_then_assess_decide_and_the_candidate_downloads_the_certificate()
            throws IOException {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        var application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String number = application.number();
        CurrentUser reviewer = accounts.create(Role.REVIEWER);

        // the reviewer claims the review from the inbox and reads the evidence unit by unit
        signIn(reviewer);
        open("/inbox");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-" + number)));
        screenshot("staff-inbox");
        click(By.id("claim-" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict-SCPD-U1")));
        screenshot("staff-review");
        click(By.cssSelector("#unit-SCPD-U1 vaadin-details"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-SCPD-U1 iframe")));
        String preview = browser.findElement(By.cssSelector("#unit-SCPD-U1 iframe")).getDomProperty("src");
        assertThat(fetch(preview)).isEqualTo("200 application/pdf " + TestDocuments.pdf().length);
        // every unit sufficient but one, for which more evidence is needed
        verdictOnEveryUnit("Sufficient");
        choose("verdict-SCPD-U2", "More needed");
        type(By.cssSelector("#reason-SCPD-U2 input"), "The business case is not signed.");
        type(By.cssSelector("#review-message textarea"), "Please add the signed business case for unit 2.");
        screenshot("staff-review-more-needed");
        completeTask();
        signOut();

        // the candidate reads the request, unit by unit
        signIn(candidate);
        open("/applications/" + application.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-request-message"),
                "Please add the signed business case for unit 2."));
        assertThat(browser.findElement(By.id("unit-requests")).getText())
                .isEqualTo("Unit SCPD-U2 Project initiation and stakeholder engagement: The business case is not signed.");
        screenshot("candidate-evidence-request");
        signOut();
        evidenceRequests.answerEvidenceRequest(candidate, application.id(), "The signed business case.",
                new eu.skills4cities.citycert.application.UploadedDocument("business-case-signed.pdf",
                        "application/pdf", TestDocuments.pdf()));

        // the second review accepts every unit; the answer is listed with the other documents
        signIn(reviewer);
        open("/inbox");
        click(By.id("claim-" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents-other")));
        assertThat(browser.findElement(By.id("documents-other")).getText()).contains("business-case-signed.pdf");
        verdictOnEveryUnit("Sufficient");
        type(By.cssSelector("#review-message textarea"), "Relevant, authentic, sufficient and current.");
        completeTask();
        signOut();

        // SCPD's routes are exam and portfolio: the candidate sits the exam on its page, then the assessor scores
        signIn(candidate);
        open("/applications/" + application.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exam-window")));
        click(By.id("exam-start"));
        wait.until(ExpectedConditions.urlContains("/exam/session"));
        // the first two items by clicking (ExamJourneyTest answers a whole form in the browser), the other 50-odd
        // through the service, as if answered in another tab; the page shows them all once reloaded
        ExamInBrowser exam = new ExamInBrowser(browser, wait, examKey);
        UUID session = examKey.runningSession(candidate.username());
        List<Integer> clicked = exam.positions().subList(0, 2);
        clicked.forEach(position -> exam.answerRight(session, position));
        examKey.answerTheRestRight(candidate, session, clicked);
        browser.navigate().refresh();
        List<Integer> positions = exam.positions();
        assertThat(positions).hasSizeGreaterThan(2);
        assertThat(examKey.rightAnswer(session, positions.get(positions.size() - 1)))
                .allSatisfy(option -> assertThat(exam.chosen(positions.get(positions.size() - 1), option)).isTrue());
        click(By.id("exam-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exam-result-SCPD-U1"), "(100.0 %)"));
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        signOut();

        // the assessor scores every unit
        signIn(accounts.create(Role.ASSESSOR));
        open("/inbox");
        click(By.id("claim-" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pass-rule")));
        List<WebElement> scores = browser.findElements(By.cssSelector("[id^='score-'] input"));
        assertThat(scores).hasSizeGreaterThan(1);
        for (int i = 0; i < scores.size(); i++) {
            int index = i;
            // as a person types: one field at a time, each value on the server before the next field
            wait.until(driver -> {
                WebElement field = driver.findElements(By.cssSelector("[id^='score-'] input")).get(index);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
                if (!"80".equals(field.getDomProperty("value"))) {
                    field.clear();
                    field.sendKeys("80", Keys.TAB);
                }
                waitForVaadin();
                return "80".equals(field.getDomProperty("value"));
            });
        }
        type(By.cssSelector("#assessment-comment textarea"), "Structured interview on the portfolio.");
        screenshot("staff-assessment");
        completeTask();
        signOut();

        // an impartial officer declares no conflict of interest and certifies
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        open("/inbox");
        click(By.id("claim-" + number));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-outcome"), "Competent"));
        click(By.id("no-conflict"));
        choose("verdict", "Certify");
        type(By.cssSelector("#reason textarea"), "Review and assessment support certification.");
        screenshot("staff-decision");
        // the decision cannot be taken back: the officer confirms what the dialog says, then reads what it did
        click(By.id("complete"));
        click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-recorded")));
        signOut();
        // the job executor is off in tests: run the asynchronous "Issue certificates" step here
        // (only this application's asynchronous steps: no timer may fire behind the test's back)
        management.createJobQuery().processInstanceId(application.processInstanceId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));

        signIn(candidate);
        open("/certificates");
        WebElement download = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Download PDF")));
        String pdf = fetch(download.getDomProperty("href"));
        assertThat(pdf).startsWith("200 application/pdf ");
        signOut();

        // an officer finds the certificate in the register and opens its details
        String certificate = certificates.forApplication(application.id()).get(0).number();
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        open("/certificate-register");
        type(By.cssSelector("#filter-number input"), certificate);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("details-" + certificate)));
        waitForVaadin();
        screenshot("staff-register");
        click(By.id("details-" + certificate));
        // the dialog's content lives in its overlay, outside the dialog element
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("details-units"), "SCPD-U1"));
        assertThat(browser.findElement(By.id("details-actions")).getText()).contains("Suspend", "Withdraw");
        screenshot("staff-register-details");
        // the details dialog stays open over the page: a fresh browser session instead of the logout button
        browser.manage().deleteAllCookies();

        // an auditor finds the application in the list of submitted applications and opens it
        signIn(accounts.create(Role.AUDITOR));
        open("/audit/applications");
        type(By.cssSelector("#audit-applications-search input"), number);
        // the search applies once typing pauses: the list then holds this application alone
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-applications-count"), ": 1"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-" + number)));
        waitForVaadin();
        screenshot("auditor-applications");
        // the row's button opens the application's case record (issue 13)
        click(By.id("open-" + number));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-record-status")));
        assertThat(browser.getCurrentUrl()).endsWith("/audit/applications/" + application.id());
        assertThat(browser.findElements(By.id("not-found"))).isEmpty();
        // the record starts with the candidate's evidence, each document with its SHA-256
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-record-grid"), "SHA-256"));
        waitForVaadin();
        screenshot("auditor-case-record");
        // the sealed case file downloads as a PDF
        String caseFile = fetch(browser.findElement(By.id("case-record-export-pdf")).getDomProperty("href"));
        assertThat(caseFile).startsWith("200 application/pdf ");

        // the audit log: intact against its signed checkpoint (the hourly upkeep, run now), and checked again on request
        checkpointer.checkpoint();
        open("/audit/log");
        wait.until(ExpectedConditions.textMatches(By.id("audit-log-verification"),
                java.util.regex.Pattern.compile("Intact .* against \\d+ checkpoints? signed up to sequence \\d+")));
        click(By.id("audit-log-verify"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-log-verification"), "ntact"));
        waitForVaadin();
        screenshot("auditor-audit-log");
    }

    /** Chooses the verdict with this label on every unit of the review screen. */
    private void verdictOnEveryUnit(String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-radio-group[id^='verdict-']")));
        for (WebElement group : browser.findElements(By.cssSelector("vaadin-radio-group[id^='verdict-']"))) {
            choose(group.getDomAttribute("id"), label);
        }
    }

    /** Chooses an option of a radio group by its label, and waits until the group shows it chosen. */
    private void choose(String groupId, String label) {
        By option = By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[.//label[normalize-space()='"
                + label + "']]");
        wait.until(driver -> {
            try {
                WebElement button = driver.findElement(option);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
                if (button.getDomAttribute("checked") == null) {
                    button.click();
                }
                return button.getDomAttribute("checked") != null;
            } catch (org.openqa.selenium.WebDriverException notYetClickable) {
                return false;
            }
        });
    }

    /**
     * Types into a field and leaves it (TAB), which sends its value to the server as a person moving on would.
     * Under load Chromium now and then drops the keys sent to a text area just after a click elsewhere (the
     * review's message arrived empty once): the field is typed again until it holds the text.
     */
    private void type(By locator, String text) {
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        first.sendKeys(text, Keys.TAB);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement field = driver.findElement(locator);
            if (text.equals(field.getDomProperty("value"))) {
                return true;
            }
            field.clear();
            field.sendKeys(text, Keys.TAB);
            return false;
        });
    }

    /** Completes the task on the screen and waits for the inbox; says what the screen said when it stays. */
    private void completeTask() throws IOException {
        waitForVaadin();
        click(By.id("complete"));
        StringBuilder said = new StringBuilder();
        try {
            wait.until(driver -> {
                // a problem shows as a notification for a few seconds: note it while it is there
                driver.findElements(By.tagName("vaadin-notification-card")).forEach(card -> {
                    try {
                        String text = card.getText();
                        if (!text.isBlank() && said.indexOf(text) < 0) {
                            said.append(text).append(" | ");
                        }
                    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                        // the notification closed (or the page moved on) between finding and reading it
                    }
                });
                return !driver.findElements(By.id("task-count")).isEmpty();
            });
        } catch (org.openqa.selenium.TimeoutException stayed) {
            screenshot("failed-to-complete");
            throw new AssertionError("The task screen stayed open; it said: " + said, stayed);
        }
    }

    /** Waits until the page has no request to the server in flight. */
    private void waitForVaadin() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !clients || Object.values(clients).every(client => !client.isActive());
                """));
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        // signed out, the browser is at the front door (base.FrontDoorView at /)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("front-door")));
    }

    /**
     * Registers on the registration page, reads the verification mail from the test SMTP
     * server and follows its link, as a person would.
     */
    private CurrentUser registerThroughTheBrowser() throws Exception {
        String username = "browser." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String email = username + "@example.org";
        open("/register");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#full-name input"))).sendKeys("Bea Browser");
        browser.findElement(By.cssSelector("#email input")).sendKeys(email);
        browser.findElement(By.cssSelector("#username input")).sendKeys(username);
        browser.findElement(By.cssSelector("#password input")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("#password-repeat input")).sendKeys(TestAccounts.PASSWORD, Keys.TAB);
        screenshot("candidate-register");
        click(By.id("register"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Almost done"));

        String link = verificationLinkMailedTo(email);
        open(link.substring(link.indexOf("/verify-email")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Your email address is confirmed"));
        return CurrentUser.of(username, Role.CANDIDATE);
    }

    private String verificationLinkMailedTo(String email) throws Exception {
        var greenMail = mailServer.greenMail();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (var message : greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(email)) {
                    var matcher = java.util.regex.Pattern.compile("http\\S+/verify-email\\?token=[A-Za-z0-9_-]+")
                            .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                                    .replace("=\r\n", "").replace("=3D", "="));
                    if (matcher.find()) {
                        return matcher.group();
                    }
                }
            }
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No verification mail reached " + email);
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_a_message() {
        open("/login");
        typeCredentials("nobody-here", "not-the-password");

        wait.until(ExpectedConditions.urlContains("error"));
        // the form renders its error once Vaadin has attached it; waiting ignores "not yet there"
        wait.until(driver -> "true".equals(
                driver.findElement(By.tagName("vaadin-login-form")).getDomProperty("error")));
        assertThat(browser.findElements(By.id("logout"))).isEmpty();
    }

    private void signIn(CurrentUser user) {
        open("/login");
        typeCredentials(user.username(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void typeCredentials(String username, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    /** Scrolls the element to the middle of the window first, where no notification covers it. */
    private void click(By locator) {
        // into view before asking whether it is clickable: what the layout's content has scrolled out counts as hidden
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                wait.until(ExpectedConditions.presenceOfElementLocated(locator)));
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
