package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff inbox in a real browser as a person searches it: the search filters the grid (the other
 * appeal's row goes) and the remaining row's Open link opens the appeal; and Open clicked at once after
 * typing, while the search is still on its way, opens it too. (The search sends its value when typing
 * pauses or the field is left; the refresh it causes draws the rows again (it once replaced their components, so a
 * button's click sent with it reached a replaced component and was lost). Open is a link the router follows.)
 */
@CityCertServerTest
class InboxSearchJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AppealFixture fixture;

    @Test
    void a_panel_member_searches_the_inbox_for_an_appeal_and_opens_it() {
        Appeal other = fixture.refusedAndAppealed(accounts.create(Role.CANDIDATE), accounts.create(Role.REVIEWER));
        Appeal appeal = fixture.refusedAndAppealed(accounts.create(Role.CANDIDATE), accounts.create(Role.REVIEWER));
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.signIn(accounts.create(Role.APPEALS_PANEL));
            browser.open("/inbox");
            browser.waitForText(By.id("tasks"), other.number());
            browser.type(By.cssSelector("#filter-search input"), appeal.number());
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("open-" + other.number())));
            browser.waitForText(By.id("task-count"), "1");
            browser.click(By.id("open-" + appeal.number()));
            browser.waiting().until(ExpectedConditions.urlContains("/appeals/" + appeal.id()));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/appeals/" + appeal.id());

            browser.open("/inbox");
            browser.waitForText(By.id("tasks"), other.number());
            browser.type(By.cssSelector("#filter-search input"), appeal.number());
            browser.click(By.id("open-" + appeal.number()));
            browser.waiting().until(ExpectedConditions.urlContains("/appeals/" + appeal.id()));
        }
    }
}
