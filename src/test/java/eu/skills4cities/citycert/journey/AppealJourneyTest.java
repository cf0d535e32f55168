package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
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
 * An appeal in a real browser: a candidate refused at review appeals from the application page, a
 * member of the appeals panel takes the appeal and upholds it, and the application is back at the
 * review for a new reviewer, while the reviewer who refused it may not take it. Screenshots for the guide.
 */
@CityCertServerTest
class AppealJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AppealFixture fixture;
    @Autowired
    ApplicationService applications;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AppealService appeals;

    @Test
    void a_refused_candidate_appeals_the_panel_upholds_and_a_new_reviewer_takes_the_review() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser refusingReviewer = accounts.create(Role.REVIEWER);
        ApplicationDetails refused = fixture.refusedAtReview(candidate, refusingReviewer);
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REJECTED);

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            // the candidate appeals from the refused application's page
            browser.signIn(candidate);
            browser.open("/" + ApplicationLinks.page(refused.id()));
            browser.click(By.id("application-appeal"));
            browser.type(By.cssSelector("#appeal-grounds textarea"),
                    "The review overlooked my second project, the district heating tender I managed.");
            browser.screenshot("candidate-appeal");
            browser.click(By.id("appeal-submit"));
            browser.waitForText(By.id("my-appeals"), "With the appeals panel");
            Appeal appeal = appeals.mine(candidate).get(0);

            // a panel member finds the appeal in the staff inbox, opens it, takes it and upholds it, with
            // reasons and the declaration
            browser.signIn(accounts.create(Role.APPEALS_PANEL));
            browser.open("/inbox");
            browser.waitForText(By.id("tasks"), appeal.number());
            browser.screenshot("panel-inbox-appeal");
            browser.click(By.id("open-" + appeal.number()));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-claim")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/appeals/" + appeal.id());
            browser.click(By.id("appeal-claim"));
            browser.waitForVaadin();
            browser.waitForText(By.id("appeal-outcome-choice"), "Upheld");
            browser.click(By.xpath("//vaadin-radio-group[@id='appeal-outcome-choice']//vaadin-radio-button[.//label["
                    + "starts-with(normalize-space(), 'Upheld')]]"));
            browser.type(By.cssSelector("#appeal-reason textarea"),
                    "The second project is in the portfolio and shows the work; the review is to be taken again.");
            browser.click(By.id("appeal-declaration"));
            browser.screenshot("panel-appeal-decision");
            browser.click(By.id("appeal-decide"));
            browser.waitForText(By.id("appeal-status"), "Upheld");

            // the candidate reads the outcome
            browser.signIn(candidate);
            browser.open("/appeals");
            browser.waitForText(By.id("my-appeals"), "Upheld");
            browser.screenshot("candidate-appeal-upheld");

            // the application is back at the review: a new reviewer may take it, the one who refused may not
            ApplicationDetails reopened = applications.details(refused.id());
            assertThat(reopened.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
            browser.signIn(refusingReviewer);
            browser.open("/inbox");
            if (!browser.driver().findElements(By.id("claim-" + reopened.number())).isEmpty()) {
                browser.click(By.id("claim-" + reopened.number()));
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
                browser.waitForVaadin();
            }
            assertThat(reviewAssignee(reopened)).as("the reviewer who refused it is kept off the reopened review")
                    .isNull();
            CurrentUser newReviewer = accounts.create(Role.REVIEWER);
            browser.signIn(newReviewer);
            browser.open("/inbox");
            browser.click(By.id("claim-" + reopened.number()));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-" + reopened.number())));
            assertThat(reviewAssignee(reopened)).isEqualTo(newReviewer.username());
        }
    }

    private String reviewAssignee(ApplicationDetails application) {
        return engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(CertificationProcess.ACTIVITY_REVIEW).singleResult().getAssignee();
    }
}
