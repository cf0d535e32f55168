package eu.skills4cities.citycert.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door at {@code /} for visitors, the start page for the signed-in, and the public pages'
 * shared header with its navigation.
 */
class FrontDoorViewTest extends KaribuViewTest {

    @Test
    void a_visitor_at_the_root_sees_the_front_door_not_the_sign_in_form() {
        UI.getCurrent().navigate("");

        NavigatorKt.expectView(FrontDoorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(part -> assertThat(part).isInstanceOf(PublicLayout.class))
                .noneSatisfy(part -> assertThat(part).isInstanceOf(MainLayout.class));
        assertThat(_get(Paragraph.class, spec -> spec.withId("front-door-lead")).getText())
                .startsWith("CityCert Certification Body certifies people");
        assertThat(_get(FrontDoorView.class).getElement().getTextRecursively())
                .contains("Smart City Project Developer", "Smart City Project Manager",
                        "Smart City Project Management Consultant", "ISO/IEC 17024");
        assertThat(href("front-door-catalogue")).isEqualTo("catalogue");
        assertThat(href("front-door-verify")).isEqualTo("verify");
        assertThat(href("front-door-register")).isEqualTo("register");
        assertThat(href("front-door-sign-in")).isEqualTo("login");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("CityCert: certification of smart city professionals");
    }

    @ParameterizedTest
    @CsvSource({
            "de, Zertifizierungsstelle CityCert, Zertifizierungsstelle CityCert zertifiziert Personen",
            "el, Φορέας πιστοποίησης CityCert, Ο Φορέας πιστοποίησης CityCert πιστοποιεί πρόσωπα"})
    void the_front_door_and_its_header_name_the_body_in_the_visitors_language(String language, String name,
                                                                             String lead) {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));

        UI.getCurrent().navigate("welcome");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("front-door-lead")).getText()).startsWith(lead);
        assertThat(_get(Span.class, spec -> spec.withId("public-body-name")).getText()).isEqualTo(name);
    }

    @Test
    void someone_signed_in_at_the_root_keeps_their_start_page() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("");

        NavigatorKt.expectView(HomeView.class);
        assertThat(_find(FrontDoorView.class)).isEmpty();
        assertThat(_find(PublicLayout.class)).isEmpty();
    }

    @Test
    void the_public_header_names_the_body_and_leads_to_every_public_page() {
        UI.getCurrent().navigate("verify");

        assertThat(_get(Span.class, spec -> spec.withId("public-body-name")).getText())
                .isEqualTo("CityCert Certification Body");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-brand")).getHref()).isEmpty();
        assertThat(navigation()).containsExactly(
                Map.entry("catalogue", "Roles and rules"), Map.entry("verify", "Verify a certificate"),
                Map.entry("complaints/new", "Lodge a complaint"), Map.entry("login", "Sign in"),
                Map.entry("register", "Register"));
        assertThat(current()).containsExactly("verify");
    }

    @Test
    void every_public_page_shares_the_header_and_marks_where_the_visitor_is() {
        for (Map.Entry<String, String> page : Map.of("login", "login", "catalogue", "catalogue",
                "complaints/new", "complaints/new", "register", "register", "forgot-password", "login",
                "welcome", "").entrySet()) {
            UI.getCurrent().navigate(page.getKey());

            assertThat(_find(PublicLayout.class)).as(page.getKey()).hasSize(1);
            assertThat(current()).as(page.getKey()).containsExactly(page.getValue().isEmpty()
                    ? new String[0] : new String[] {page.getValue()});
        }
    }

    @Test
    void a_signed_in_person_on_a_public_page_is_offered_their_start_page_instead_of_sign_in() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("catalogue");

        assertThat(navigation()).containsExactly(
                Map.entry("catalogue", "Roles and rules"), Map.entry("verify", "Verify a certificate"),
                Map.entry("complaints/new", "Lodge a complaint"), Map.entry("", "My start page"));
    }

    private static String href(String id) {
        return _get(Anchor.class, spec -> spec.withId(id)).getHref();
    }

    private static List<Map.Entry<String, String>> navigation() {
        return _find(_get(Nav.class, spec -> spec.withId("public-nav")), Anchor.class).stream()
                .map(link -> Map.entry(link.getHref(), link.getText())).toList();
    }

    private static List<String> current() {
        return _find(_get(Nav.class, spec -> spec.withId("public-nav")), Anchor.class).stream()
                .filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(Anchor::getHref).toList();
    }
}
