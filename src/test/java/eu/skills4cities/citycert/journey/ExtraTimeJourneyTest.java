package eu.skills4cities.citycert.journey;

import java.time.Duration;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.exam.ExamFixtures;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
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
 * An officer grants extra time in a real browser: the row's button on the running exams, the minutes and the
 * reason, the confirm step, the notification; the candidate's session ends that much later. A screenshot for
 * the exams guide.
 */
@CityCertServerTest
class ExtraTimeJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ProcessEngine engine;

    @Test
    void the_officer_grants_fifteen_minutes_from_the_running_exams() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ExamSitting sitting = sessions.start(candidate,
                ExamFixtures.reviewed(engine, applications, candidate, "EXAM,PORTFOLIO").id());
        String number = sitting.applicationNumber();

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.signIn(accounts.create(Role.CERTIFICATION_OFFICER));
            browser.open("/exams/running");
            browser.click(By.xpath("//vaadin-button[@aria-label='Grant extra time to the exam of " + number + "']"));
            browser.type(By.cssSelector("#extra-time-minutes input"), "15");
            browser.type(By.cssSelector("#extra-time-reason textarea"), "Screen reader accommodation.");
            browser.screenshot("staff-exam-extra-time");
            browser.click(By.id("extra-time-next"));
            browser.click(By.xpath("//vaadin-button[normalize-space()='Grant 15 minutes']"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("vaadin-notification-card"), "15 minutes added to the exam of " + number + "."));
        }
        assertThat(sessions.get(candidate, sitting.sessionId()).endsAt())
                .isEqualTo(sitting.endsAt().plus(Duration.ofMinutes(15)));
    }
}
