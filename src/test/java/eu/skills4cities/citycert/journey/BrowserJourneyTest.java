package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

    /**
     * Where screenshots go: target/screenshots, or the user guide's images when asked
     * ({@code -Dcitycert.screenshots=docs/user-guide/images}, see docs/user-guide/candidate.md).
     */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("citycert.screenshots", "target/screenshots"));

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    ManagementService management;
    @Autowired
    TestMailServer mailServer;

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
        screenshot("candidate-wizard-answers");

        // step 2: self-assessment of the first element
        click(By.id("step-self-assessment"));
        click(By.xpath("//vaadin-radio-group[@id='rate-SCPM-U1-E1']//vaadin-radio-button[.//label[normalize-space()='Fully']]"));
        screenshot("candidate-wizard-self-assessment");

        // step 3: one document in the portfolio
        click(By.id("step-evidence"));
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
        screenshot("candidate-wizard-evidence");

        // step 4: review and submit
        click(By.id("step-review"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rated-count")));
        screenshot("candidate-wizard-review");
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

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(fetch(ownDocument)).as("after signing out").startsWith("401 ");

        signIn(reviewer);
        open("/inbox");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-" + number))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        screenshot("reviewer-task-claimed");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Evidence review: application " + number);
        // the reviewer downloads the evidence with the browser's session
        String href = browser.findElement(By.linkText(pdf.getFileName().toString())).getDomProperty("href");
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
    void the_thin_path_by_hand_from_application_to_a_downloaded_certificate() throws IOException {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        var application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String number = application.number();

        work(accounts.create(Role.REVIEWER), number, "Evidence sufficient", "Relevant, authentic and current.");
        work(accounts.create(Role.ASSESSOR), number, "Competent", "Passed the structured interview.");
        work(accounts.create(Role.CERTIFICATION_OFFICER), number, "Certify", "Review and assessment support it.");
        // the job executor is off in tests: run the asynchronous "Issue certificate" step here (only this
        // application's jobs: other applications' escalation timers must not fire)
        management.createJobQuery().processInstanceId(application.processInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));

        signIn(candidate);
        open("/certificates");
        WebElement download = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Download PDF")));
        screenshot("candidate-certificates");
        String pdf = fetch(download.getDomProperty("href"));
        assertThat(pdf).startsWith("200 application/pdf ");
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

    /** A staff member claims the application's task from the inbox and completes it. */
    private void work(CurrentUser staff, String applicationNumber, String verdict, String comment) {
        signIn(staff);
        open("/inbox");
        click(By.id("claim-" + applicationNumber));
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space()='" + verdict + "']]"));
        // leaving the field (TAB) sends its value to the server, as a person moving on would
        browser.findElement(By.cssSelector("#comment textarea")).sendKeys(comment, Keys.TAB);
        click(By.id("complete"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-count")));
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
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
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
