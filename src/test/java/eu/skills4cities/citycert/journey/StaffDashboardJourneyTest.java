package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer's start page in a real browser on a 1366 × 768 laptop and a 390 px phone: the tiles
 * count their own task and their queue, the menu's badge counts the inbox, nothing scrolls sideways,
 * axe-core finds no violation, and a tile opens the inbox at its filter; an administrator's start page
 * with the system health and the operator tools. The screenshots illustrate docs/user-guide/staff.md
 * ({@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class StaffDashboardJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestCertificationPath path;
    @Autowired
    TaskInbox inbox;

    @Test
    void a_reviewer_reads_what_waits_on_a_laptop_and_a_phone_and_follows_a_tile() throws IOException {
        UUID claimed = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM")).id();
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD"));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        path.claim(reviewer, claimed, Stage.REVIEW);
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(new Dimension(1366, 768));
            browser.signIn(reviewer);
            browser.open("/");
            browser.waitForText(By.id("home-tasks-mine"), "My open tasks");
            assertThat(browser.driver().findElement(By.cssSelector("#home-tasks-mine .attention-tile-count")).getText())
                    .isEqualTo("1");
            assertThat(browser.driver().findElement(By.cssSelector("#home-tasks-unassigned .attention-tile-count"))
                    .getText()).isNotEqualTo("0");
            long waiting = inbox.count(reviewer);
            assertThat(script(browser, """
                    const item = [...document.querySelectorAll('vaadin-side-nav-item')].find(i => i.path === 'inbox');
                    return item.querySelector('.menu-badge').textContent;""")).isEqualTo(
                    String.format(java.util.Locale.UK, "%,d, %,d waiting", waiting, waiting));
            assertNoSidewaysScroll(browser, "the reviewer's start page at 1366 px");
            browser.assertAccessible("the reviewer's start page at 1366 px");
            browser.screenshot("staff-home");

            browser.click(By.id("home-tasks-mine"));
            browser.waiting().until(ExpectedConditions.urlContains("/inbox?scope=MINE"));
            browser.waitForText(By.id("tasks"), applications.details(claimed).number());

            browser.resize(new Dimension(390, 844));
            browser.open("/");
            browser.waitForText(By.id("home-tasks-mine"), "My open tasks");
            assertNoSidewaysScroll(browser, "the reviewer's start page at 390 px");
            browser.assertAccessible("the reviewer's start page at 390 px");
        }
    }

    @Test
    void an_administrator_sees_the_system_health_and_reaches_the_operator_tools() throws IOException {
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(new Dimension(1366, 768));
            browser.signIn(accounts.create(Role.ADMIN));
            browser.open("/");
            browser.waitForText(By.id("home-operations"), "Engine incidents");
            assertThat(script(browser, """
                    const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                        .find(i => i.path && i.path.includes('camunda/app/cockpit'));
                    return item.textContent.trim() + ' ' + item.routerIgnore;""")).isEqualTo("Cockpit true");
            assertNoSidewaysScroll(browser, "the administrator's start page at 1366 px");
            browser.assertAccessible("the administrator's start page at 1366 px");
            browser.screenshot("admin-home");
            browser.open("/admin/mail-failures");
            browser.waitForText(By.id("mail-failures-count"), "failing to go out");
            assertNoSidewaysScroll(browser, "the mail failures at 1366 px");
            browser.assertAccessible("the administrators' mail failures");
        }
    }

    private static Object script(JourneyBrowser browser, String script) {
        browser.waitForVaadin();
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private static void assertNoSidewaysScroll(JourneyBrowser browser, String page) {
        browser.waitForVaadin();
        Boolean fits = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        assertThat(fits).as(page + " scrolls sideways").isTrue();
    }
}
