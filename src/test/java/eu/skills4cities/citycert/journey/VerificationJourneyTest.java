package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import eu.skills4cities.citycert.CityCertServerTest;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateLinks;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who was handed a certificate checks it in a real browser, without an account: opens
 * the QR code's address, then uploads the PDF. The screenshots illustrate
 * docs/user-guide/verification.md ({@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class VerificationJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCertificates register;

    @Test
    void a_visitor_without_an_account_opens_the_qr_target_and_uploads_the_pdf() throws IOException {
        CertificateInfo issued = register.issue();
        Path pdf = Files.createTempFile("certificate-", ".pdf");
        Files.write(pdf, register.issuedPdf(issued));
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(url(CertificateLinks.verification(issued.number())));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-banner"), "Active"));
            assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo(issued.holderName());
            assertThat(browser.getCurrentUrl()).doesNotContain("login");
            Accessibility.assertNoViolations(browser, "the verification page of an active certificate");
            HeadlessChromium.screenshot(browser, "verify-certificate-active");

            browser.get(url("verify"));
            WebElement fileInput = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pdf-upload")))
                    .getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            fileInput.sendKeys(pdf.toAbsolutePath().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pdf-verdict"),
                    "exactly the certificate the register issued"));
            assertThat(browser.findElement(By.id("status-banner")).getText()).contains("Active");
            Accessibility.assertNoViolations(browser, "the verdict on an uploaded PDF");
            HeadlessChromium.screenshot(browser, "verify-certificate-upload");

            browser.get(url("verify/CC-2026-0000-000"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification-problem"),
                    "is not a certificate number"));
        } finally {
            browser.quit();
            Files.deleteIfExists(pdf);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
