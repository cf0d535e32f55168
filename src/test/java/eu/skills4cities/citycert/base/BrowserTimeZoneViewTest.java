package eu.skills4cities.citycert.base;

import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page of a session shows the browser's time zone too: drawn in the server's zone before the browser
 * answers, it is drawn again in the browser's when the answer comes, and every later page of the session knows
 * the zone at once.
 */
class BrowserTimeZoneViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;

    @Test
    void the_first_page_is_drawn_again_in_the_browsers_zone_and_later_pages_start_in_it() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        signIn(candidate);
        notAnsweredYet();
        ZoneId browser = ZoneId.of(ZoneId.systemDefault().getId().equals("Pacific/Kiritimati")
                ? "Pacific/Pago_Pago" : "Pacific/Kiritimati");
        String inServerZone = DateDisplay.dateTime(application.submittedAt(), UI.getCurrent().getLocale(),
                ZoneId.systemDefault());
        String inBrowserZone = DateDisplay.dateTime(application.submittedAt(), UI.getCurrent().getLocale(), browser);
        assertThat(inBrowserZone).isNotEqualTo(inServerZone);

        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));
        assertThat(submitted()).as("before the browser answers").isEqualTo(inServerZone);

        BrowserTimeZone.received(UI.getCurrent(), browser.getId());
        assertThat(submitted()).as("drawn again when it answers").isEqualTo(inBrowserZone);

        // what the session keeps: another page, with no answer of the window's own (as a new window of the session)
        UI.getCurrent().navigate("applications");
        UI.getCurrent().getInternals().setExtendedClientDetails(null);
        UI.getCurrent().navigate(ApplicationLinks.page(application.id()));
        assertThat(submitted()).as("a later page of the session").isEqualTo(inBrowserZone);
    }

    @Test
    void an_answer_naming_no_known_zone_changes_nothing() {
        signIn(accounts.create(Role.CANDIDATE));
        notAnsweredYet();

        BrowserTimeZone.received(UI.getCurrent(), "Mars/Olympus_Mons");

        assertThat(VaadinSession.getCurrent().getAttribute(BrowserTimeZone.SESSION_ZONE)).isNull();
        assertThat(DateDisplay.zone()).isEqualTo(ZoneId.systemDefault());
    }

    /** A window whose browser has not answered yet (Karibu's mock browser answers at once). */
    private static void notAnsweredYet() {
        UI.getCurrent().getInternals().setExtendedClientDetails(null);
        VaadinSession.getCurrent().setAttribute(BrowserTimeZone.SESSION_ZONE, null);
    }

    private static String submitted() {
        return _get(Span.class, spec -> spec.withId("application-submitted")).getText();
    }
}
