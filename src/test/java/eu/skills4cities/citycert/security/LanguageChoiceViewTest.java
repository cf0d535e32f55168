package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import eu.skills4cities.citycert.KaribuViewTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the language of the UI is chosen: the browser's when CityCert has it, the switcher's at once (kept in a cookie
 * for a visitor, on the account for a signed-in person), the account's at sign-in, and {@code <html lang>} with it.
 * The German, Greek, Bulgarian and Romanian texts checked here are the switcher's own, from the block of the
 * languages issue in each bundle.
 */
class LanguageChoiceViewTest extends KaribuViewTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");
    private static final Locale ROMANIAN = Locale.forLanguageTag("ro");
    private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    @Autowired
    AccountSettings settings;
    @Autowired
    UiLanguages languages;

    @Test
    void a_visitor_switches_a_public_page_to_german_at_once_and_the_browser_keeps_the_choice() {
        UI.getCurrent().navigate("welcome");
        Select<Locale> switcher = switcher();
        assertThat(switcher.getValue()).isEqualTo(Locale.ENGLISH);
        assertThat(switcher.getAriaLabel()).contains("Language");

        _setValue(switcher, Locale.GERMAN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        Select<Locale> shownAgain = switcher();
        assertThat(shownAgain).as("the page is built again in German").isNotSameAs(switcher);
        assertThat(shownAgain.getValue()).isEqualTo(Locale.GERMAN);
        assertThat(shownAgain.getAriaLabel()).contains("Sprache");
    }

    /** Karibu's round trip after a value is set consumes what the browser is told, so the switch is called here. */
    @Test
    void a_switch_tells_the_browser_to_keep_the_choice_and_the_page_its_language() {
        UI.getCurrent().navigate("welcome");
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        languages.switchTo(UI.getCurrent(), Locale.forLanguageTag("es-ES"));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(javaScript()).anySatisfy(call -> assertThat(call).contains("document.cookie")
                        .contains(Languages.COOKIE + "=es;").contains("max-age="))
                .anySatisfy(call -> assertThat(call).contains("documentElement.lang").contains("[es]"));
        assertThat(switcher().getAriaLabel()).contains("Idioma");
    }

    @Test
    void a_signed_in_person_switches_in_the_header_and_their_account_keeps_it_for_the_next_page() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate("");

        _setValue(switcher(), GREEK);

        assertThat(settings.of(user).language()).isEqualTo("el");
        assertThat(switcher().getAriaLabel()).contains("Γλώσσα");
        // a new page (another tab, or after the session's end) opens in the stored language
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(GREEK);
    }

    @Test
    void the_language_stored_on_the_account_is_applied_at_sign_in() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(user, "ro");
        UI.getCurrent().navigate("login");
        assertThat(switcher().getValue()).as("before sign-in: the browser's").isEqualTo(Locale.ENGLISH);

        signIn(user);
        // signing in loads a new page
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(ROMANIAN);
        assertThat(switcher().getValue()).isEqualTo(ROMANIAN);
        assertThat(switcher().getAriaLabel()).contains("Limba");
    }

    @Test
    void my_account_saves_the_language_and_shows_the_page_in_it() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate("account");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getListDataView().getItems()).extracting(Languages::nameOf)
                .containsExactly("English", "Български", "Español", "Deutsch", "Română", "Ελληνικά");

        _setValue(language, BULGARIAN);
        _click(_get(Button.class, spec -> spec.withId("save-language")));

        assertThat(settings.of(user).language()).isEqualTo("bg");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(BULGARIAN);
        @SuppressWarnings("unchecked")
        Select<Locale> again = _get(Select.class, spec -> spec.withId("language"));
        assertThat(again.getValue()).isEqualTo(BULGARIAN);
        assertThat(again.getHelperText()).isEqualTo("Езикът на Вашите страници и на писмата, които CityCert Ви изпраща.");
    }

    @Test
    void a_visitor_gets_the_browser_language_when_citycert_has_it_else_english_and_the_switcher_choice_first() {
        assertThat(languages.of(request("fr-CH, fr;q=0.9, de;q=0.7, en;q=0.5", null))).isEqualTo(Locale.GERMAN);
        assertThat(languages.of(request("el-GR", null))).isEqualTo(GREEK);
        assertThat(languages.of(request("fr, it;q=0.5", null))).isEqualTo(Locale.ENGLISH);
        assertThat(languages.of(request(null, null))).isEqualTo(Locale.ENGLISH);
        assertThat(languages.of(request("de", "ro"))).as("the switcher's choice in this browser").isEqualTo(ROMANIAN);
        assertThat(languages.of(request("de", "xx"))).as("a cookie naming no language of ours")
                .isEqualTo(Locale.GERMAN);
    }

    @Test
    void the_first_html_sent_says_the_language_of_the_visitor_or_of_the_account() {
        assertThat(htmlLang(request("el-GR,el;q=0.9,en;q=0.5", null))).isEqualTo("el");
        assertThat(htmlLang(request("de", "es"))).isEqualTo("es");
        assertThat(htmlLang(request("it", null))).isEqualTo("en");

        CurrentUser user = accounts.create(Role.CANDIDATE);
        settings.chooseLanguage(user, "bg");
        VaadinServletRequest signedIn = request("de", "es");
        ((MockHttpServletRequest) signedIn.getRequest()).setUserPrincipal(user::username);
        assertThat(htmlLang(signedIn)).as("the account's choice, at sign-in").isEqualTo("bg");
    }

    private String htmlLang(VaadinServletRequest request) {
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>");
        languages.declareLanguage(new IndexHtmlResponse(request, null, page));
        return page.child(0).attr("lang");
    }

    private static VaadinServletRequest request(String acceptLanguage, String cookie) {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/");
        if (acceptLanguage != null) {
            http.addHeader("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            http.setCookies(new Cookie(Languages.COOKIE, cookie));
        }
        return new VaadinServletRequest(http, (VaadinServletService) VaadinService.getCurrent());
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> switcher() {
        assertThat(_find(Select.class, spec -> spec.withId("language-switcher"))).hasSize(1);
        return _get(Select.class, spec -> spec.withId("language-switcher"));
    }

    /** What the server would send the browser with its answer, each call with its arguments. */
    private static List<String> javaScript() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(call -> call.getExpression() + " " + call.getParameters()).toList();
    }
}
