package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.time.Duration;

import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.CurrentUser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven as a person would drive it, for the journeys: sign in and out, open a
 * page, type and leave a field, click what is visible, wait for Vaadin to settle, check the page with
 * axe-core, take a screenshot.
 */
final class JourneyBrowser implements AutoCloseable {

    private final int port;
    private final WebDriver browser;
    private final WebDriverWait wait;

    JourneyBrowser(int port) {
        this(port, "en-GB");
    }

    /** A browser that asks for the language first, as a person's browser set to it does. */
    JourneyBrowser(int port, String language) {
        this.port = port;
        this.browser = HeadlessChromium.start(language);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return browser;
    }

    WebDriverWait waiting() {
        return wait;
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** A new window size, once the page has laid itself out for it ({@link HeadlessChromium#resize}). */
    void resize(org.openqa.selenium.Dimension size) {
        HeadlessChromium.resize(browser, size);
    }

    /** Signs in on the login page in a fresh session (any dialog left open goes with the old one). */
    void signIn(CurrentUser user) {
        browser.manage().deleteAllCookies();
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(user.username());
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** Types into a field and leaves it (TAB), which sends its value to the server as a person moving on would. */
    void type(By locator, String text) {
        sendKeys(locator, text, Keys.TAB);
    }

    /** Types a date into a date picker, commits it with ENTER (which closes its calendar) and leaves it. */
    void typeDate(By locator, String date) {
        WebElement field = sendKeys(locator, date, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
        field.sendKeys(Keys.TAB);
    }

    /**
     * Sends the keys once the field can take them. Under load a field may still be laid out, covered by a closing
     * overlay or replaced by Vaadin when it is found: Chromium then refuses the keys before typing any ("element
     * not interactable"), so finding it again and sending them again types them once.
     */
    private WebElement sendKeys(By locator, CharSequence... keys) {
        return wait.ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(driver -> {
            WebElement field = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (field == null) {
                return null;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
            field.sendKeys(keys);
            return field;
        });
    }

    /** Scrolls the element to the middle of the window first, where no notification covers it. */
    void click(By locator) {
        // a page Vaadin re-renders may replace the element between finding and clicking it, or move it while it
        // lays itself out (a text appearing above it, a closing overlay) so that the click lands on another
        // element: find it again and click again, until the wait's end
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /** Waits until the element's text contains the words. */
    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Waits until the page has no request to the server in flight. */
    void waitForVaadin() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !clients || Object.values(clients).every(client => !client.isActive());
                """));
    }

    /** Fails the journey when axe-core finds a WCAG 2.1 AA violation on the page shown now. */
    void assertAccessible(String page) {
        waitForVaadin();
        Accessibility.assertNoViolations(browser, page);
    }

    void screenshot(String name) throws IOException {
        waitForVaadin();
        HeadlessChromium.screenshot(browser, name);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
