package eu.skills4cities.citycert.journey;

import java.nio.file.Files;
import java.nio.file.Path;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complete application through the guided wizard in a real browser: Next through the steps, a
 * whole unit mapped at once, "check your answers" with one answer changed through its Change link,
 * the declaration refused until ticked, then submitted; every step checked with axe-core and at a
 * phone's width. The screenshots illustrate docs/user-guide/candidate.md.
 */
@CityCertServerTest
class CheckAnswersJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;

    @Test
    void a_candidate_applies_step_by_step_changes_an_answer_declares_and_submits() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        Path pdf = Files.createTempFile("unit-evidence-", ".pdf");
        Files.write(pdf, TestDocuments.pdf());
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(CandidateScreens.LAPTOP);
            browser.signIn(candidate);
            browser.open("/applications/new");
            CandidateScreens.click(browser, By.id("role"));
            CandidateScreens.click(browser, By.xpath("//vaadin-select-item[contains(., 'Smart City Project Manager')]"));
            browser.assertAccessible("choosing the role");
            phone(browser, "choosing the role");
            CandidateScreens.click(browser, By.id("start"));

            // step 1, and Next refused while answers are missing
            CandidateScreens.waitForContent(browser, By.id("step-title"), "1. Eligibility and statement");
            CandidateScreens.click(browser, By.id("next"));
            CandidateScreens.waitForContent(browser, By.id("problems"), "There is a problem");
            assertThat(CandidateScreens.text(browser, By.id("problems")))
                    .contains("Give your years of relevant experience (0 to 60).");
            browser.assertAccessible("the first step with its error summary");
            browser.screenshot("candidate-wizard-problem");
            CandidateScreens.click(browser, By.xpath("//div[@id='problems']//vaadin-button[contains(., 'years of relevant experience')]"));
            browser.waiting().until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.activeElement && document.activeElement.closest('#experience') != null"));
            browser.type(By.cssSelector("#experience input"), "6");
            CandidateScreens.click(browser, By.id("education"));
            CandidateScreens.click(browser, By.xpath("//vaadin-select-item[contains(., 'EQF 7')]"));
            browser.type(By.cssSelector("#statement textarea"), TestDocuments.STATEMENT);
            CandidateScreens.waitForContent(browser, By.id("state-answers"), "Complete");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("problems")));
            browser.assertAccessible("the first step, answered");
            browser.screenshot("candidate-wizard-answers");
            phone(browser, "the first step");
            CandidateScreens.click(browser, By.id("next"));

            // step 2
            CandidateScreens.waitForContent(browser, By.id("step-title"), "2. Self-assessment");
            CandidateScreens.click(browser, By.xpath("//vaadin-radio-group[@id='rate-SCPM-U1-E1']//vaadin-radio-button[.//label[normalize-space()='Fully']]"));
            CandidateScreens.waitForContent(browser, By.id("state-self-assessment"), "In progress");
            browser.assertAccessible("the self-assessment step");
            browser.screenshot("candidate-wizard-self-assessment");
            phone(browser, "the self-assessment step");
            CandidateScreens.click(browser, By.id("next"));

            // step 3: one document for the whole of unit 1
            CandidateScreens.waitForContent(browser, By.id("step-title"), "3. Evidence");
            WebElement fileInput = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-file")))
                    .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            fileInput.sendKeys(pdf.toAbsolutePath().toString());
            CandidateScreens.waitForContent(browser, By.id("file-received"), pdf.getFileName().toString());
            browser.type(By.cssSelector("#document-title input"), "Programme report");
            CandidateScreens.click(browser, By.id("document-units"));
            CandidateScreens.click(browser, By.xpath("//vaadin-multi-select-combo-box-item[starts-with(normalize-space(.), 'SCPM-U1 ')]"));
            browser.driver().findElement(By.cssSelector("#document-units input")).sendKeys(Keys.ESCAPE);
            CandidateScreens.click(browser, By.id("add-document"));
            CandidateScreens.waitForContent(browser, By.id("portfolio"), "Programme report");
            assertThat(CandidateScreens.text(browser, By.id("portfolio"))).contains("SCPM-U1-E1 ");
            browser.assertAccessible("the evidence step with a document");
            browser.screenshot("candidate-wizard-evidence");
            phone(browser, "the evidence step");
            CandidateScreens.click(browser, By.id("next"));

            // step 4: check your answers, change one
            CandidateScreens.waitForContent(browser, By.id("step-title"), "4. Check your answers and submit");
            assertThat(CandidateScreens.text(browser, By.id("check-experience"))).isEqualTo("6");
            browser.assertAccessible("check your answers");
            phone(browser, "check your answers");
            CandidateScreens.click(browser, By.id("change-answers"));
            CandidateScreens.waitForContent(browser, By.id("step-title"), "1. Eligibility and statement");
            WebElement years = browser.driver().findElement(By.cssSelector("#experience input"));
            years.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9", Keys.TAB);
            CandidateScreens.waitForContent(browser, By.id("saved"), "Saved");
            CandidateScreens.clickStep(browser, "step-review");
            CandidateScreens.waitForContent(browser, By.id("check-experience"), "9");

            // the declaration is required
            CandidateScreens.click(browser, By.id("submit"));
            CandidateScreens.waitForContent(browser, By.id("problems"), "Tick the declaration");
            browser.assertAccessible("check your answers without the declaration");
            CandidateScreens.click(browser, By.cssSelector("#declaration label"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("problems")));
            browser.screenshot("candidate-wizard-check");
            CandidateScreens.click(browser, By.id("submit"));

            CandidateScreens.waitForContent(browser, By.id("status"), "Evidence in review");
            var submitted = applications.mine(candidate);
            assertThat(submitted).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
                assertThat(a.submittedAt()).isNotNull();
            });
            assertThat(CandidateScreens.text(browser, By.id("application-submitted")))
                    .isNotBlank().isNotEqualTo("Not submitted yet");
            assertThat(CandidateScreens.text(browser, By.id("timeline"))).contains("Submitted");
            browser.assertAccessible("the submitted application");
            phone(browser, "the submitted application");

            browser.open("/applications");
            CandidateScreens.waitForContent(browser, By.tagName("vaadin-grid"), submitted.get(0).number());
            browser.assertAccessible("my applications");
            phone(browser, "my applications");
            browser.open("/");
            browser.waitForVaadin();
            phone(browser, "the candidate's start page");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    /** The page fits a 390 px phone without sideways scrolling; the window goes back to the laptop's. */
    private static void phone(JourneyBrowser browser, String page) {
        browser.resize(CandidateScreens.PHONE);
        CandidateScreens.assertNoSidewaysScrolling(browser, page + " at 390 px");
        browser.resize(CandidateScreens.LAPTOP);
    }
}
