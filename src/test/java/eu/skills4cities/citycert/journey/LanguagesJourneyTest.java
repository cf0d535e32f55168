package eu.skills4cities.citycert.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import eu.skills4cities.citycert.CityCertServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor whose browser is set to one of CityCert's six languages is greeted in it at the front door: the
 * heading, the page title and {@code <html lang>} follow the browser, and the page stays free of WCAG 2.1 AA
 * violations in every language. The screenshots show one screen per language in docs/i18n.md
 * ({@code -Dcitycert.screenshots=docs/user-guide/images}).
 */
@CityCertServerTest
class LanguagesJourneyTest {

    private static final List<String> LANGUAGES = List.of("en", "bg", "es", "de", "ro", "el");

    @LocalServerPort
    int port;

    @Test
    void the_front_door_speaks_the_browsers_language() throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            try (JourneyBrowser browser = new JourneyBrowser(port, language)) {
                browser.resize(new Dimension(1366, 768));
                browser.open("/");
                browser.waitForText(By.cssSelector("#front-door h1"), texts.getProperty("front-door.title"));
                assertThat(((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.lang")).as(language).isEqualTo(language);
                assertThat(browser.driver().getTitle()).as(language)
                        .isEqualTo(texts.getProperty("front-door.page-title"));
                browser.assertAccessible("the front door in " + language);
                browser.screenshot("language-front-door-" + language);
            }
        }
    }

    /** The texts of the language as its bundle has them (the English one for en). */
    private static Properties bundle(String language) throws IOException {
        String file = "/vaadin-i18n/translations" + ("en".equals(language) ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = LanguagesJourneyTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
