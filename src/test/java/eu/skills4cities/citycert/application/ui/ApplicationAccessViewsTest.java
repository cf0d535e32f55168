package eu.skills4cities.citycert.application.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.application.AccessFixture.Actor;
import eu.skills4cities.citycert.application.AccessFixture.State;
import eu.skills4cities.citycert.application.AccessFixture;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads what in the views: the application page for each reader × each state, and the task
 * screen (with its evidence by unit and inline previews) for each task worker × each state with
 * an open staff task. Someone who may not read sees the page of an id that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationAccessViewsTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;

    private AccessFixture fixture;

    @BeforeAll
    void buildEachStateOnce() {
        fixture = AccessFixture.build(applications, evidenceRequests, drafts, tasks, taskService, management, accounts);
    }

    static Stream<Arguments> readersAndStates() {
        return Arrays.stream(Actor.values())
                .flatMap(actor -> Arrays.stream(State.values()).map(state -> Arguments.of(actor, state)));
    }

    @ParameterizedTest(name = "{0} opens the page of an application in {1}")
    @MethodSource("readersAndStates")
    void the_application_page_shows_only_what_the_reader_may_read(Actor actor, State state) {
        ApplicationDetails application = fixture.application(state);
        signIn(fixture.user(actor, state));

        UI.getCurrent().navigate("applications/" + application.id());

        if (AccessFixture.mayRead(actor, state)) {
            assertThat(_get(Span.class, spec -> spec.withId("status")).getText()).isNotBlank();
            assertThat(_find(UnorderedList.class, spec -> spec.withId("timeline"))).hasSize(1);
            assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("documents")), Anchor.class))
                    .extracting(Anchor::getHref)
                    .containsExactlyElementsOf(links(application));
            assertThat(_find(UnorderedList.class, spec -> spec.withId("unit-results")))
                    .hasSize(state == State.DECIDED ? 1 : 0);
            assertThat(_find(Paragraph.class, spec -> spec.withId("not-found"))).isEmpty();
        } else {
            assertNotFound("No such application is available to you.", application);
        }
    }

    static Stream<Arguments> workersAndStatesWithATask() {
        return Stream.of(Actor.REVIEWER, Actor.ASSESSOR, Actor.OFFICER, Actor.PAST_WORKER)
                .flatMap(actor -> Stream.of(State.IN_REVIEW, State.IN_ASSESSMENT, State.AWAITING_DECISION)
                        .map(state -> Arguments.of(actor, state)));
    }

    @ParameterizedTest(name = "{0} opens the open task of an application in {1}")
    @MethodSource("workersAndStatesWithATask")
    void the_task_screen_and_its_previews_show_only_what_the_worker_may_read(Actor actor, State state) {
        ApplicationDetails application = fixture.application(state);
        String task = fixture.openStaffTask(state).orElseThrow();
        signIn(fixture.user(actor, state));

        UI.getCurrent().navigate("inbox/" + task);

        // a task screen is for the task's own queue; a past reviewer reads the application page instead
        boolean queue = switch (actor) {
            case REVIEWER, PAST_WORKER -> state == State.IN_REVIEW;
            case ASSESSOR -> state == State.IN_ASSESSMENT;
            default -> state == State.AWAITING_DECISION;
        };
        if (queue) {
            assertThat(_find(Paragraph.class, spec -> spec.withId("not-found"))).isEmpty();
            assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(application.statement());
            if (state != State.AWAITING_DECISION) {
                // the evidence by unit: downloads and inline previews, served by the API (which records each read)
                assertThat(_find(Anchor.class)).extracting(Anchor::getHref).containsAll(links(application));
                assertThat(_find(IFrame.class)).extracting(IFrame::getSrc)
                        .allMatch(src -> links(application).stream().anyMatch(link -> src.equals(link + "?inline=true")))
                        .isNotEmpty();
            }
        } else {
            assertNotFound("This task is no longer open, or it is not yours to see.", application);
        }
    }

    private void assertNotFound(String text, ApplicationDetails application) {
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo(text);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain(application.statement());
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .noneMatch(href -> href.contains(application.id().toString()));
    }

    private static List<String> links(ApplicationDetails application) {
        return application.documents().stream().map(DocumentInfo::id)
                .map(document -> ApplicationLinks.document(application.id(), document)).toList();
    }
}
