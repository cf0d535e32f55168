package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new candidate learns on the wizard's first step, as they type, that they do not meet a rule of
 * the role (before they rate elements or upload evidence), and is pointed to the catalogue, which
 * lists each role's rules. Checked at a phone's width too.
 */
@CityCertServerTest
class IneligibleCandidateJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;

    @Test
    void a_new_candidate_types_one_year_for_a_role_that_needs_five_and_is_told_at_once_on_step_one() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(CandidateScreens.LAPTOP);
            browser.signIn(candidate);
            CandidateScreens.startApplication(browser, "Smart City Project Management Consultant");
            browser.assertAccessible("the wizard's first step, empty");

            browser.type(By.cssSelector("#experience input"), "1");

            CandidateScreens.waitForContent(browser, By.id("ineligible-rule"),
                    "This role needs at least 5 years of relevant experience; you gave 1.");
            assertThat(browser.driver().getCurrentUrl()).as("still on step one").doesNotContain("/self-assessment");
            assertThat(CandidateScreens.text(browser, By.id("step-title")))
                    .isEqualTo("1. Eligibility and statement");
            assertThat(CandidateScreens.text(browser, By.id("eligibility")))
                    .contains("Your draft stays saved").contains("catalogue");
            browser.assertAccessible("the wizard's first step telling the candidate a rule is not met");
            browser.screenshot("candidate-wizard-ineligible");
            assertThat(applications.mine(candidate)).singleElement().satisfies(draft -> {
                assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
                assertThat(applications.details(draft.id()).experienceYears()).as("the answer is kept").isEqualTo(1);
            });

            assertThat(browser.driver().findElement(By.id("eligibility-catalogue")).getDomProperty("href"))
                    .endsWith("/catalogue");
            browser.open("/catalogue");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("role-SCPMC")));
            // open the role's details as a click on its summary does (the summary's own element varies by version)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "const role = document.getElementById('role-SCPMC'); role.opened = true; role.scrollIntoView();");
            CandidateScreens.waitForContent(browser, By.id("prerequisites-SCPMC"), "At least 5 years of relevant experience.");
            assertThat(CandidateScreens.text(browser, By.id("prerequisites-SCPMC")))
                    .contains("A qualification at EQF level 6 or higher.");
            browser.assertAccessible("the catalogue with a role's eligibility rules");
            browser.screenshot("catalogue-prerequisites");

            // back on step one, the saved answer still tells the rule; and the page fits a phone
            browser.driver().navigate().back();
            CandidateScreens.waitForContent(browser, By.id("ineligible-rule"), "you gave 1.");
            browser.resize(CandidateScreens.PHONE);
            CandidateScreens.assertNoSidewaysScrolling(browser, "the wizard's first step at 390 px");
            browser.assertAccessible("the wizard's first step at 390 px");
            browser.screenshot("candidate-wizard-phone");
        }
    }
}
