package eu.skills4cities.citycert.certificate.verification.ui;

import java.util.Locale;

import com.vaadin.flow.server.VaadinServletRequest;
import eu.skills4cities.citycert.security.Languages;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification page's preview is written in the language the page itself opens in. */
class VerificationPagePreviewLanguageTest {

    @Test
    void the_switchers_cookie_comes_before_the_browsers_languages() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/verify");
        request.addHeader("Accept-Language", "de-AT,de;q=0.9,en;q=0.5");
        request.setCookies(new Cookie(Languages.COOKIE, "el"));

        assertThat(VerificationPagePreview.languageOf(new VaadinServletRequest(request, null)))
                .isEqualTo(Locale.forLanguageTag("el"));
    }

    @Test
    void without_a_choice_the_best_supported_browser_language_is_used_region_ignored() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/verify");
        request.addHeader("Accept-Language", "fr-FR,de-AT;q=0.8,en;q=0.5");
        request.setCookies(new Cookie(Languages.COOKIE, "xx"));

        assertThat(VerificationPagePreview.languageOf(new VaadinServletRequest(request, null)))
                .isEqualTo(Locale.GERMAN);
    }

    @Test
    void a_browser_that_says_nothing_gets_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/verify");

        assertThat(VerificationPagePreview.languageOf(new VaadinServletRequest(request, null)))
                .isEqualTo(Locale.ENGLISH);
    }
}
