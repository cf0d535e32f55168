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

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
        this.wait = new WebDriverWait(browser, TIMEOUT);
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
        String[] last = {"not clickable"};
        // the field's state is read once, when the wait has failed: it says why Chromium refused the keys
        return new WebDriverWait(browser, TIMEOUT)
                .withMessage(() -> "typing into " + locator + ": " + last[0] + "; " + state(locator))
                .until(driver -> {
            try {
                WebElement field = ExpectedConditions.elementToBeClickable(locator).apply(driver);
                if (field == null) {
                    last[0] = "not clickable";
                    return null;
                }
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
                field.sendKeys(keys);
                return field;
            } catch (StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException e) {
                last[0] = e.getClass().getSimpleName() + " (" + e.getRawMessage() + ")";
                return null;
            }
        });
    }

    /**
     * What a failed wait says of a field: whether it is there, shown, enabled, inert or hidden, whether it takes the
     * focus, and which overlays are open. (An inert form, left by the page's script, was found this way.)
     */
    private String state(By locator) {
        try {
            return (String) ((JavascriptExecutor) browser).executeScript("""
                    const field = arguments[0];
                    const overlays = [...document.querySelectorAll('body > *[opened]')].map(e => e.localName);
                    const active = document.activeElement ? document.activeElement.localName : '-';
                    const inert = field && field.closest('[inert]');
                    const hidden = field && field.closest('[aria-hidden=true]');
                    let takesFocus = false;
                    if (field) {
                        field.focus();
                        takesFocus = document.activeElement === field;
                    }
                    return (field ? 'shown ' + (field.offsetParent !== null) + ', disabled ' + field.disabled
                            + ', pointer-events ' + getComputedStyle(field).pointerEvents
                            + ', inert ' + (inert ? inert.localName + '#' + inert.id : 'no')
                            + ', aria-hidden ' + (hidden ? hidden.localName + '#' + hidden.id : 'no')
                            + ', takes focus ' + takesFocus : 'absent')
                            + '; open overlays ' + overlays + '; focus was on ' + active
                            + '; document focused ' + document.hasFocus();
                    """, browser.findElements(locator).stream().findFirst().orElse(null));
        } catch (RuntimeException e) {
            return "state unknown (" + e.getClass().getSimpleName() + ")";
        }
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

    /**
     * Fails the journey when axe-core finds a WCAG 2.1 AA violation on the page shown now, once nothing on it is in
     * the middle of a finite animation: a notification fading in or out, or a dialog opening, shows colours blended
     * with what is behind it, which axe measures as they are at that instant (CI, session 34: a success
     * notification's text at 1.92:1 while it faded, under a confirm dialog).
     */
    void assertAccessible(String page) {
        waitForVaadin();
        waitForAnimations();
        Accessibility.assertNoViolations(browser, page);
    }

    /** Waits, at most 5 s, until no finite animation runs anywhere on the page, shadow trees included. */
    private void waitForAnimations() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                    .executeScript("""
                            return document.getAnimations().every(a => a.playState !== 'running'
                                || a.effect === null || a.effect.getComputedTiming().endTime === Infinity);
                            """));
        } catch (org.openqa.selenium.TimeoutException stillMoving) {
            // something keeps moving (a long transition): axe runs on the page as it is, and names what fails
        }
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
