package eu.skills4cities.citycert.journey;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item bank as an exam author finds it in a real browser: the sample bank of the demo data, searched by
 * code and one item selected: its question, options and correct ones shown to the author. The screenshot for
 * the authors' part of the exams guide.
 */
@CityCertServerTest
class ItemBankJourneyTest {

    /** An item of the sample bank (src/main/resources/exam), loaded with the demo data. */
    private static final String SAMPLE_ITEM = "SCPD-U1-E1-001";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void an_author_searches_the_bank_and_reads_an_item() throws Exception {
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.signIn(accounts.create(Role.EXAM_AUTHOR));
            browser.open("/exam/items");
            browser.type(By.cssSelector("#filter-text input"), "SCPD-U1-E1");
            By row = By.xpath("//vaadin-grid-cell-content[normalize-space()='" + SAMPLE_ITEM + "']");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
            browser.click(row);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("selected-stem")));
            assertThat(browser.driver().findElement(By.id("selected-item")).getText()).contains(SAMPLE_ITEM)
                    .contains("✔");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView({block: 'start'})", browser.driver().findElement(By.id("selected-item")));
            browser.screenshot("exam-item-bank");
        }
    }
}
