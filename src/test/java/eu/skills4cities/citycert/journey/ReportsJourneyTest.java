package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.time.Duration;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.report.ReportSeedAccess;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in a real browser: the charts (SVG images drawn on the server) load under the
 * UI's Content-Security-Policy, and the page fits a laptop and a phone without sideways scrolling.
 * Screenshots to {@code target/screenshots} (or {@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class ReportsJourneyTest {

    /** Every chart image has loaded and has a size: the browser drew it. */
    private static final String CHARTS_DRAWN = """
            const charts = [...document.querySelectorAll('img[id$="-chart"]')];
            return charts.length > 0 && charts.every(c => c.complete && c.naturalWidth > 0 && c.clientWidth > 0);
            """;
    private static final String FITS = "return document.documentElement.scrollWidth <= window.innerWidth;";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_officer_reads_the_reports_on_a_laptop_and_on_a_phone() throws IOException {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String reports = "http://localhost:" + port + "/reports?from=2003-01-01&to=2003-12-31&role="
                + ReportSeedAccess.write(jdbc);
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                    .sendKeys(officer.username());
            browser.findElement(By.cssSelector("input[name=password]")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

            browser.get(reports);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-period-chart")));
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(CHARTS_DRAWN));
            assertThat(browser.findElement(By.id("report-period-table")).getText()).contains("Applications received 7");
            // a chart for every figure with rows: the seed's seven, and whatever the other journeys in this shared
            // database add to the figures that are not per role and period (their exams, open queues)
            int figures = browser.findElements(By.cssSelector("[id$='-csv']")).size();
            int empty = browser.findElements(By.cssSelector("[id$='-empty']")).size();
            assertThat(browser.findElements(By.cssSelector("img[id$='-chart']"))).hasSizeGreaterThanOrEqualTo(7)
                    .hasSize(figures - empty);
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(FITS)).as("fits a laptop").isTrue();
            HeadlessChromium.screenshot(browser, "staff-reports");

            HeadlessChromium.resize(browser, new Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-period-chart")));
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(CHARTS_DRAWN));
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(FITS)).as("fits a phone").isTrue();
            HeadlessChromium.screenshot(browser, "staff-reports-phone");
        } finally {
            browser.quit();
        }
    }
}
