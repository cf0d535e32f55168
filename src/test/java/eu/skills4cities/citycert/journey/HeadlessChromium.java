package eu.skills4cities.citycert.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver (installed by {@code .ci/run}), headless, with the
 * flags this sandbox needs. Nothing is downloaded: the driver's path is given explicitly.
 */
final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static WebDriver start() {
        return start("en-GB");
    }

    /** A browser whose person reads the language first (its Accept-Language and navigator.language). */
    static WebDriver start(String language) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("CI") == null) {
            // on a developer machine without Chromium the journeys are skipped, not failed
            Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        } else if (!installed) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language, "--window-size=1280,900");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    /**
     * Sets the window's size and waits until the page has laid itself out for it: the window has the new width,
     * the application layout's drawer is an overlay exactly when the width (or height) is a phone's, as
     * {@code vaadin-app-layout} decides on its media query, and its content area kept one width over two looks in
     * a row. Under load the layout answers the resize a moment later, and a check made before would measure the
     * laptop's layout in the phone's window.
     */
    static void resize(WebDriver browser, Dimension size) {
        browser.manage().window().setSize(size);
        String[] last = {""};
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .pollingEvery(java.time.Duration.ofMillis(150))
                .withMessage(() -> "the page did not settle at " + size + " (window, overlay, content): " + last[0])
                .until(driver -> {
                    String now = String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                            const layout = document.querySelector('vaadin-app-layout');
                            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                            const phone = window.matchMedia('(max-width: 800px), (max-height: 600px)').matches;
                            const laidOut = !layout || layout.overlay === phone;
                            return window.innerWidth + ' ' + (layout ? layout.overlay : '-') + '/' + phone + ' '
                                + (content ? content.clientWidth : '-') + (laidOut ? '' : ' (not laid out)');
                            """));
                    int width = Integer.parseInt(now.substring(0, now.indexOf(' ')));
                    // the inner width is the outer one less any frame: never more, and a phone's or a laptop's
                    boolean settled = width <= size.getWidth() && width > size.getWidth() - 40
                            && !now.endsWith("(not laid out)") && now.equals(last[0]);
                    last[0] = now;
                    return settled;
                });
    }

    /**
     * Saves what the browser shows: to target/screenshots, or the user guide's images when asked
     * ({@code -Dcitycert.screenshots=docs/user-guide/images}).
     */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("citycert.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
