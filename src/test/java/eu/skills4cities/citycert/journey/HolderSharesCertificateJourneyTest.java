package eu.skills4cities.citycert.journey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A holder shares a certificate in a real browser: opens My certificates, copies the verification link (the
 * browser granted the clipboard), checks the LinkedIn add-to-profile link, follows the verification link and sees
 * the certificate active; My certificates and My account pass axe-core and fit a 390 px phone. The screenshots
 * illustrate docs/user-guide/candidate.md ({@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class HolderSharesCertificateJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCertificates register;
    @Autowired
    AccountLinksProperties links;

    @Test
    void a_holder_copies_the_link_checks_linkedin_and_follows_the_verification_page() throws Exception {
        CertificateInfo issued = register.issue();
        String number = issued.number();
        CurrentUser holder = CurrentUser.of(issued.holderUsername(), Role.CANDIDATE);
        String shared = links.publicUrl() + "/verify/" + number;

        try (JourneyBrowser browser = new JourneyBrowser(port)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
                    "origin", "http://localhost:" + port,
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.signIn(holder);
            browser.open("/certificates");
            browser.waitForText(By.id("certificate-" + number), "Smart City Project Developer");
            assertThat(browser.driver().findElement(By.cssSelector("#certificate-" + number + " .certificate-status"))
                    .getText()).isEqualTo("Valid");
            browser.assertAccessible("My certificates");

            // copy the link: the browser confirms, and the clipboard holds the public verification address
            browser.click(By.id("copy-" + number));
            browser.waitForText(By.id("copied-" + number), "Link copied");
            Object clipboard = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    navigator.clipboard.readText().then(done, error => done('unreadable: ' + error));""");
            assertThat(clipboard).isEqualTo(shared);

            // LinkedIn's add-to-profile link, opening in a new tab
            WebElement linkedIn = browser.driver().findElement(By.id("linkedin-" + number));
            assertThat(linkedIn.getDomAttribute("href"))
                    .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                            + "&name=Smart%20City%20Project%20Developer&organizationName=")
                    .contains("&issueYear=" + issued.issuedOn().getYear() + "&issueMonth="
                            + issued.issuedOn().getMonthValue())
                    .endsWith("&certUrl=" + URLEncoder.encode(shared, StandardCharsets.UTF_8) + "&certId=" + number);
            assertThat(linkedIn.getDomAttribute("target")).isEqualTo("_blank");
            browser.screenshot("candidate-certificate-card");

            // on a phone: nothing scrolls sideways
            browser.resize(new Dimension(390, 844));
            browser.open("/certificates");
            browser.waitForText(By.id("certificate-" + number), number);
            assertFitsWidth(browser, "My certificates at 390 px");
            browser.screenshot("candidate-certificates-phone");
            browser.resize(new Dimension(1280, 900));

            // the verification link: its own address, the certificate active
            browser.open("/certificates");
            browser.click(By.id("verify-" + number));
            browser.waiting().until(ExpectedConditions.urlContains("/verify/" + number));
            browser.waitForText(By.id("status-banner"), "Active");

            // the account page: accessible, and it fits a phone
            browser.open("/account");
            browser.waitForText(By.id("email-current"), "Mail goes to ");
            browser.assertAccessible("My account");
            browser.screenshot("candidate-account");
            browser.resize(new Dimension(390, 844));
            browser.open("/account");
            browser.waitForText(By.id("email-current"), "Mail goes to ");
            assertFitsWidth(browser, "My account at 390 px");
        }
    }

    private static void assertFitsWidth(JourneyBrowser browser, String page) {
        browser.waitForVaadin();
        Boolean fits = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        assertThat(fits).as(page + " scrolls sideways").isTrue();
    }
}
