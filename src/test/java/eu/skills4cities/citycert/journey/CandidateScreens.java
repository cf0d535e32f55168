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
        browser.click(org.openqa.selenium.By.id("role"));
        browser.click(org.openqa.selenium.By.xpath("//vaadin-select-item[contains(., '" + roleTitle + "')]"));
        browser.click(org.openqa.selenium.By.id("start"));
        browser.waitForText(org.openqa.selenium.By.id("step-title"), "1. Eligibility and statement");
    }

    /** Fails when the page shown now scrolls sideways (is wider than the window). */
    static void assertNoSidewaysScrolling(JourneyBrowser browser, String page) {
        browser.waitForVaadin();
        Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        java.util.List<?> both = (java.util.List<?>) widths;
        assertThat(((Number) both.get(0)).intValue()).as("the width of %s (window %s)", page, both.get(1))
                .isLessThanOrEqualTo(((Number) both.get(1)).intValue());
    }
}
