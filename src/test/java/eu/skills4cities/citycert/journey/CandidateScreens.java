package eu.skills4cities.citycert.journey;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the candidate's journeys share: the window sizes they check pages at (a 390 px phone and a
 * 1366 px laptop), the check for sideways scrolling, and starting an application for a role.
 */
final class CandidateScreens {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension LAPTOP = new Dimension(1366, 768);

    private CandidateScreens() {
    }

    /** Opens the new application page, chooses the role by its title and starts the draft. */
    static void startApplication(JourneyBrowser browser, String roleTitle) {
        browser.open("/applications/new");
        click(browser, org.openqa.selenium.By.id("role"));
        click(browser, org.openqa.selenium.By.xpath("//vaadin-select-item[contains(., '" + roleTitle + "')]"));
        click(browser, org.openqa.selenium.By.id("start"));
        waitForContent(browser, org.openqa.selenium.By.id("step-title"), "1. Eligibility and statement");
    }

    /**
     * Follows a link of the wizard's task list. The list sits above the step: once the page is scrolled
     * down, Selenium counts it as hidden, so it is brought into view first.
     */
    static void clickStep(JourneyBrowser browser, String linkId) {
        click(browser, org.openqa.selenium.By.id(linkId));
    }

    /**
     * Clicks an element once it is there, brought into view first: the application layout scrolls its
     * content inside itself, and Selenium counts what is scrolled out of that box as hidden.
     */
    static void click(JourneyBrowser browser, org.openqa.selenium.By locator) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            var found = driver.findElements(locator);
            if (found.isEmpty()) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", found.get(0));
            return true;
        });
        browser.click(locator);
    }

    /** The element's text content, whether or not it is scrolled into view. */
    static String text(JourneyBrowser browser, org.openqa.selenium.By locator) {
        return browser.driver().findElement(locator).getDomProperty("textContent").strip();
    }

    /**
     * Waits until the element's text content has the words, whether or not it is scrolled into view
     * (the task list's states sit above the step the candidate is working on).
     */
    static void waitForContent(JourneyBrowser browser, org.openqa.selenium.By locator, String text) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            String content = driver.findElement(locator).getDomProperty("textContent");
            return content != null && content.contains(text);
        });
    }

    /**
     * Fails when the page shown now scrolls sideways: the document, or the application layout's content
     * area (which scrolls on its own), is wider than the window. The message names what sticks out.
     */
    static void assertNoSidewaysScrolling(JourneyBrowser browser, String page) {
        browser.waitForVaadin();
        java.util.List<?> found = (java.util.List<?>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const root = document.documentElement;
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                const limit = root.clientWidth;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 1 && e.getClientRects().length)
                    .slice(-5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                return [root.scrollWidth, limit, content ? content.scrollWidth : 0,
                        content ? content.clientWidth : 0, wide.join(' ')];
                """);
        int documentWidth = ((Number) found.get(0)).intValue();
        int window = ((Number) found.get(1)).intValue();
        int contentWidth = ((Number) found.get(2)).intValue();
        int contentWindow = ((Number) found.get(3)).intValue();
        assertThat(documentWidth).as("the width of %s (window %s; wider: %s)", page, window, found.get(4))
                .isLessThanOrEqualTo(window);
        assertThat(contentWidth).as("the content width of %s (content window %s; wider: %s)", page, contentWindow,
                found.get(4)).isLessThanOrEqualTo(contentWindow);
    }
}
