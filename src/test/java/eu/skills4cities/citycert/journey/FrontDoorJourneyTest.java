package eu.skills4cities.citycert.journey;

import java.io.IOException;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
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
 * A visitor comes in by the front door: reads what CityCert certifies, goes on to the roles and to
 * verification, looks a number up and gets the certificate's own address to share; on a laptop and
 * on a phone, every public page free of WCAG 2.1 AA violations (axe-core). The screenshots illustrate
 * docs/user-guide/verification.md and the README ({@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class FrontDoorJourneyTest {

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1366, 768);

    @LocalServerPort
    int port;
    @Autowired
    TestCertificates register;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_visitor_goes_from_the_front_door_to_a_verified_certificate_with_its_own_address() throws IOException {
        CertificateInfo issued = register.issue();
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(LAPTOP);
            browser.open("/");
            browser.waitForText(By.id("front-door"), "Smart City Project Manager");
            // the front door at the root itself, not a redirect to the sign-in form
            assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
            assertThat(browser.driver().getTitle()).isEqualTo("CityCert: certification of smart city professionals");
            assertThat(browser.driver().findElement(By.id("public-body-name")).getText())
                    .isEqualTo("CityCert Certification Body");
            assertFitsWidth(browser, "the front door at 1366 px");
            browser.assertAccessible("the front door");
            browser.screenshot("front-door");

            browser.click(By.id("front-door-catalogue"));
            browser.waitForVaadin();
            browser.waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/catalogue"));
            browser.assertAccessible("the catalogue");

            browser.click(By.cssSelector("#public-nav a[href='verify']"));
            browser.waiting().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/verify"));
            browser.waiting().until(ExpectedConditions.attributeToBe(
                    By.cssSelector("#public-nav a[href='verify']"), "aria-current", "page"));
            browser.assertAccessible("the verification lookup");

            browser.type(By.cssSelector("#number input"), issued.number().toLowerCase());
            browser.click(By.id("check"));
            browser.waitForText(By.id("status-banner"), "Active");
            browser.waiting().until(ExpectedConditions.urlToBe(
                    "http://localhost:" + port + "/verify/" + issued.number()));
            browser.waiting().until(ExpectedConditions.titleIs("Certificate " + issued.number() + " | CityCert"));
            assertThat(browser.driver().findElement(By.id("holder")).getText()).isEqualTo(issued.holderName());
            browser.assertAccessible("the verification result of a lookup");
            browser.screenshot("verify-lookup-result");

            // on a phone: the result and the front door fit the width, the header wraps
            browser.resize(PHONE);
            browser.open("/verify/" + issued.number());
            browser.waitForText(By.id("status-banner"), "Active");
            assertFitsWidth(browser, "the verification page at 390 px");
            browser.assertAccessible("the verification page on a phone");
            browser.screenshot("verify-phone");
            browser.open("/");
            browser.waitForText(By.id("front-door"), "ISO/IEC 17024");
            assertFitsWidth(browser, "the front door at 390 px");
            browser.assertAccessible("the front door on a phone");
        }
    }

    @Test
    void the_public_pages_and_the_signed_in_start_page_are_accessible_and_fit_a_phone() {
        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            browser.resize(LAPTOP);
            for (String[] page : new String[][] {{"/login", "vaadin-login-form", "the login page"},
                    {"/register", "#register", "the registration page"},
                    {"/complaints/new", "#public-content", "the complaint form"}}) {
                browser.open(page[0]);
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page[1])));
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("public-nav")));
                assertFitsWidth(browser, page[2]);
                browser.assertAccessible(page[2]);
            }

            browser.signIn(accounts.create(Role.CANDIDATE));
            browser.resize(PHONE);
            browser.open("/");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            assertThat(browser.driver().findElements(By.id("front-door"))).isEmpty();
            assertFitsWidth(browser, "the candidate's start page at 390 px");
            browser.assertAccessible("the candidate's start page on a phone");
        }
    }

    private static void assertFitsWidth(JourneyBrowser browser, String page) {
        browser.waitForVaadin();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object fits = js.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        // on failure, name the elements that reach past the window's width
        Object wide = js.executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
                    .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');
                """);
        assertThat(fits).as(page + " scrolls sideways; too wide: " + wide).isEqualTo(true);
    }
}
