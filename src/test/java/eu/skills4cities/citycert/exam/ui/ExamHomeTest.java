package eu.skills4cities.citycert.exam.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.exam.ExamFixtures;
import eu.skills4cities.citycert.exam.ExamSessions;
import eu.skills4cities.citycert.exam.ExamSitting;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam on the candidate's start page: the application waiting for its exam with the window's end and
 * Start, which opens the session; while it runs, the minutes left and Resume; nothing once it is submitted,
 * and nothing for a candidate with no exam waiting.
 */
class ExamHomeTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ProcessEngine engine;
    @Autowired
    eu.skills4cities.citycert.framework.FrameworkManagement frameworks;

    @Test
    void a_german_candidate_reads_the_waiting_exams_role_in_german() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = ExamFixtures.reviewed(engine, applications, candidate, "EXAM,PORTFOLIO");
        signIn(candidate);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("home-exam-" + application.number())).getText())
                .contains(application.number(), "Smart-City-Projektentwickler/-in").doesNotContain("Smart City Project");
    }

    @Test
    void a_waiting_exam_names_the_role_as_the_applications_own_framework_version_does() {
        String role = "EH" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        CurrentUser admin = CurrentUser.of("exam-home-admin", Role.ADMIN);
        frameworks.publish(admin, frameworks.importFile(admin, "v1.yaml",
                eu.skills4cities.citycert.TestFrameworks.translated("EXAM-HOME-" + role, role, "eins")).id());
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = ExamFixtures.reviewed(engine, applications, candidate, role, "EXAM,PORTFOLIO");
        // a new version renames the role; the application stays judged against the first
        frameworks.publish(admin, frameworks.importFile(admin, "v2.yaml",
                eu.skills4cities.citycert.TestFrameworks.translated("EXAM-HOME-" + role, role, "zwei")).id());
        signIn(candidate);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate("");
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("home-exam-" + application.number())).getText())
                .contains(application.number(), "Testrolle eins").doesNotContain("zwei");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("home-applications"))
                .getElement().getTextRecursively()).as("the start page's list of applications too")
                .contains("Testrolle eins").doesNotContain("zwei");
        UI.getCurrent().navigate("applications");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<eu.skills4cities.citycert.application.ApplicationSummary> mine =
                _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(mine, 0, "role"))
                .as("and My applications").isEqualTo("Testrolle eins");
    }

    @Test
    void the_start_page_offers_the_waiting_exam_then_the_running_one_then_nothing() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = ExamFixtures.reviewed(engine, applications, candidate, "EXAM,PORTFOLIO");
        signIn(candidate);

        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-exam-" + application.number())).getText())
                .startsWith("Application " + application.number() + " (Smart City Project Developer) waits for your exam.")
                .contains("the window closes on");
        _click(_get(Button.class, spec -> spec.withId("home-exam-start-" + application.number())));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ExamSittingView.class);
        ExamSitting sitting = sessions.running(candidate).orElseThrow();
        assertThat(sitting.applicationNumber()).isEqualTo(application.number());

        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-exam-running")).getText())
                .isEqualTo("Your exam for application " + application.number() + " is running: 60 minutes left by the "
                        + "server's clock. Your answers are saved as you give them.");
        assertThat(_find(Button.class, spec -> spec.withId("home-exam-start-" + application.number()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("home-exam-resume")));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(ExamSittingView.class);

        sessions.submit(candidate, sitting.sessionId());
        UI.getCurrent().navigate("");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("home-exam"))).as("hidden").isEmpty();
    }

    @Test
    void a_candidate_with_no_exam_waiting_sees_no_exam_on_the_start_page() {
        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate("");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("home-exam"))).as("hidden").isEmpty();
    }
}
