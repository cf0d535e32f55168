package eu.skills4cities.citycert.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.LitRowAction;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officers' page of running exam sessions and its grant of extra time, through the service, the API and the
 * page (Karibu): officers see every running session but their own, with the times by the server's clock; nobody
 * else sees the list or grants; an officer who sits an exam never grants themself time; bad input names its field
 * and grants nothing.
 */
class RunningExamsTest extends KaribuViewTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ExamSessionStore store;
    @Autowired
    RunningExams running;
    @Autowired
    UserAccountService users;
    @Autowired
    MockMvc mvc;

    private CurrentUser candidate;
    private CurrentUser officer;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officers_see_every_running_session_but_their_own_and_never_grant_themselves_time() throws Exception {
        ExamSitting sitting = sessions.start(candidate, waitingForExam(candidate).id());
        CurrentUser officerCandidate = accounts.create(Role.CERTIFICATION_OFFICER, Role.CANDIDATE);
        ExamSitting own = sessions.start(officerCandidate, waitingForExam(officerCandidate).id());

        RunningExam listed = find(officer, sitting.sessionId()).orElseThrow();
        assertThat(listed.applicationNumber()).isEqualTo(sitting.applicationNumber());
        assertThat(listed.candidateName()).isEqualTo(users.find(candidate.username()).orElseThrow().fullName());
        assertThat(listed.roleCode()).isEqualTo("SCPD");
        assertThat(listed.extraMinutes()).isZero();
        // SCPD's time limit is 60 minutes, by the server's clock
        assertThat(listed.secondsLeft()).isBetween(3590L, 3600L);
        assertThat(find(officer, own.sessionId())).isPresent();
        assertThat(find(officerCandidate, own.sessionId())).isEmpty();
        assertThat(find(officerCandidate, sitting.sessionId())).isPresent();

        assertThatThrownBy(() -> sessions.grantExtraTime(officerCandidate, own.sessionId(), 15, "For myself."))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
                    assertThat(e.reason().key()).isEqualTo("problem.exam.extra-time.own-session");
                });
        mvc.perform(post("/api/exam/sessions/{id}/extra-time", own.sessionId()).with(basic(officerCandidate))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":15,\"reason\":\"For myself.\"}"))
                .andExpect(status().isForbidden());
        assertThat(store.extraTime(own.sessionId())).isEmpty();
        assertThat(store.find(own.sessionId()).orElseThrow().endsAt()).isEqualTo(own.endsAt());

        mvc.perform(get("/api/exam/sessions/running").param("size", "100").with(basic(officerCandidate)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[*].sessionId", not(hasItem(own.sessionId().toString()))));
        // the officer's page as the officer who sits: the colleague's session, not their own
        signIn(officerCandidate);
        UI.getCurrent().navigate("exams/running");
        assertThat(rows()).extracting(RunningExam::sessionId).contains(sitting.sessionId())
                .doesNotContain(own.sessionId());
    }

    @Test
    void the_officer_grants_extra_time_from_the_page_after_checking_the_fields_and_a_confirm_step() {
        ExamSitting sitting = sessions.start(candidate, waitingForExam(candidate).id());
        signIn(officer);
        UI.getCurrent().navigate("exams/running");
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-running-exams"))).isEmpty();
        List<RunningExam> rows = rows();
        int index = IntStream.range(0, rows.size()).filter(i -> rows.get(i).sessionId().equals(sitting.sessionId()))
                .findFirst().orElseThrow();
        RunningExam row = rows.get(index);
        assertThat(GridKt._getFormattedRow(grid(), index)).contains(sitting.applicationNumber(), "0 min");

        clickGrant(row);
        // nothing given: both fields say what is missing, nothing is granted and no confirm step opens
        _click(_get(Button.class, spec -> spec.withId("extra-time-next")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("extra-time-minutes")).isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("extra-time-minutes")).getErrorMessage())
                .contains("between 1 and 240 minutes");
        assertThat(_get(TextArea.class, spec -> spec.withId("extra-time-reason")).isInvalid()).isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withId("extra-time-minutes")), 241);
        _setValue(_get(TextArea.class, spec -> spec.withId("extra-time-reason")), "Screen reader accommodation.");
        _click(_get(Button.class, spec -> spec.withId("extra-time-next")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("extra-time-minutes")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("extra-time-reason")).isInvalid()).isFalse();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(store.extraTime(sitting.sessionId())).isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("extra-time-minutes")), 15);
        _click(_get(Button.class, spec -> spec.withId("extra-time-next")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(store.extraTime(sitting.sessionId())).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("15 minutes added to the exam of " + sitting.applicationNumber() + ".");
        assertThat(store.find(sitting.sessionId()).orElseThrow().endsAt())
                .isEqualTo(sitting.endsAt().plus(Duration.ofMinutes(15)));
        assertThat(store.extraTime(sitting.sessionId())).singleElement().satisfies(grant -> {
            assertThat(grant.minutes()).isEqualTo(15);
            assertThat(grant.reason()).isEqualTo("Screen reader accommodation.");
            assertThat(grant.by()).isEqualTo(officer.username());
        });
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("extra-time-dialog")))
                .isEmpty();
        RunningExam after = rows().stream().filter(r -> r.sessionId().equals(sitting.sessionId())).findFirst()
                .orElseThrow();
        assertThat(after.extraMinutes()).isEqualTo(15);
        assertThat(after.secondsLeft()).isBetween(75 * 60 - 10L, 75 * 60L);
    }

    @Test
    void once_every_session_has_ended_by_the_server_clock_the_page_says_none_is_running() {
        sessions.start(candidate, waitingForExam(candidate).id());
        // a day later by the engine's clock every session of this run is past its end (SCPD: 60 minutes)
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
        assertThat(running.count(officer)).isZero();
        signIn(officer);
        UI.getCurrent().navigate("exams/running");

        // Karibu finds visible components only
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-running-exams")).getText())
                .isEqualTo("No exam session is running.");
        assertThat(_find(Grid.class, spec -> spec.withId("running-exams"))).isEmpty();
    }

    @Test
    void only_officers_list_running_sessions_or_grant_and_bad_input_names_its_field() throws Exception {
        ExamSitting sitting = sessions.start(candidate, waitingForExam(candidate).id());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        for (CurrentUser other : List.of(candidate, assessor)) {
            mvc.perform(get("/api/exam/sessions/running").with(basic(other))).andExpect(status().isForbidden());
            mvc.perform(post("/api/exam/sessions/{id}/extra-time", sitting.sessionId()).with(basic(other))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":15,\"reason\":\"Please.\"}"))
                    .andExpect(status().isForbidden());
            assertThatThrownBy(() -> running.page(other, 0, 20)).isInstanceOf(RefusedException.class);
        }
        mvc.perform(post("/api/exam/sessions/{id}/extra-time", sitting.sessionId()).with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":0,\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("minutes: ")))
                .andExpect(jsonPath("$.problems[1]").value(org.hamcrest.Matchers.startsWith("reason: ")));
        mvc.perform(get("/api/exam/sessions/running").param("size", "0").with(basic(officer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("size: ")));
        assertThat(store.extraTime(sitting.sessionId())).isEmpty();
        mvc.perform(get("/api/exam/sessions/running").param("size", "100").with(basic(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[*].sessionId", hasItem(sitting.sessionId().toString())))
                .andExpect(jsonPath("$.total").isNumber());
        String body = mvc.perform(get("/api/exam/sessions/running").param("size", "100").with(basic(officer)))
                .andReturn().getResponse().getContentAsString();
        // never an item, an option or a key
        assertThat(body).doesNotContain("stem").doesNotContain("options").doesNotContain("correct");
        for (CurrentUser other : List.of(candidate, assessor)) {
            UI.getCurrent().navigate("");
            signIn(other);
            UI.getCurrent().getPage().reload();
            try {
                UI.getCurrent().navigate("exams/running");
            } catch (AssertionError refused) {
                // Karibu reports the view's refusal by its annotations as an error
                assertThat(refused).hasMessageContaining("AccessDenied");
            }
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .noneMatch(view -> view.getClass().getSimpleName().equals("RunningExamsView"));
        }
    }

    /** The session in the officer's list, paging through it as the page does. */
    private Optional<RunningExam> find(CurrentUser user, UUID sessionId) {
        int total = running.count(user);
        return IntStream.range(0, (total + RunningExams.MAX_PAGE_SIZE - 1) / RunningExams.MAX_PAGE_SIZE)
                .mapToObj(page -> running.page(user, page, RunningExams.MAX_PAGE_SIZE)).flatMap(List::stream)
                .filter(e -> e.sessionId().equals(sessionId)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Grid<RunningExam> grid() {
        return _get(Grid.class, spec -> spec.withId("running-exams"));
    }

    private List<RunningExam> rows() {
        Grid<RunningExam> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private void clickGrant(RunningExam row) {
        LitRowAction.click(grid(), "grant", "grant", row);
    }

    private ApplicationDetails waitingForExam(CurrentUser who) {
        return ExamFixtures.reviewed(engine, applications, who, "EXAM,PORTFOLIO");
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
