package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.ExamAttemptCount;
import eu.skills4cities.citycert.assessment.ExamAttemptLimit;
import eu.skills4cities.citycert.assessment.Retakes;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.DecisionSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scheme's exam attempts (SCPD: {@code examAttempts: 2}) counted over a retake cycle, by hand: a voided
 * session counts, a submitted one counts; once two are used no session starts and no retake opens, through the
 * service, the API and the application page (which offers no button then, and says why).
 */
class ExamAttemptsTest extends KaribuViewTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ExamSessionStore store;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    ExamAttemptLimit limit;
    @Autowired
    Retakes retakes;
    @Autowired
    MockMvc mvc;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void a_voided_session_counts_as_an_attempt_and_after_two_no_session_starts() throws Exception {
        ApplicationDetails application = waitingForExam();
        sitAndVoid(application);
        // one attempt used (voided), one left: the page offers the start
        assertThat(limit.count(application.id())).isEqualTo(new ExamAttemptCount(1, 2));
        signIn(candidate);
        UI.getCurrent().navigate("applications/" + application.id());
        assertThat(_find(Button.class, spec -> spec.withId("exam-start"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("exam-attempts-used"))).isEmpty();
        signOut();

        sitAndVoid(application);

        assertThat(limit.count(application.id())).isEqualTo(new ExamAttemptCount(2, 2));
        assertThatThrownBy(() -> sessions.start(candidate, application.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.CONFLICT);
                    assertThat(e.reason()).isEqualTo(UserMessage.of(ExamAttemptLimit.USED_UP, 2));
                });
        mvc.perform(post("/api/exam/sessions").with(basic(candidate)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + application.id() + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You have used the 2 exam attempts the scheme allows for this "
                        + "role, counting the first application and its retakes: no further exam or retake can be "
                        + "opened."));
        assertThat(store.ofApplication(application.id())).hasSize(2)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(ExamSessionStatus.VOIDED));
        signIn(candidate);
        UI.getCurrent().navigate("applications/" + application.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("exam-window"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("exam-start"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("exam-attempts-used")).getText())
                .startsWith("You have used the 2 exam attempts");
    }

    @Test
    void once_the_retake_cycle_used_its_attempts_no_retake_opens() throws Exception {
        ApplicationDetails first = waitingForExam();
        sitAndVoid(first);
        sessions.submit(candidate, sessions.start(candidate, first.id()).sessionId());
        // route both: the unanswered exam fails the units the portfolio does not cover (SCPD-U1, U2, U4); the
        // assessor passes SCPD-U3 and not SCPD-U5 from the portfolio; the officer certifies what passed
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        staffTasks.completeAssessment(assessor, claimedTask(first, assessor), new AssessmentSubmission(
                Stream.of("SCPD-U3", "SCPD-U5").map(u -> new UnitScore(u,
                        new BigDecimal(u.endsWith("U5") ? "40" : "80"), Map.of())).toList(), "Judged."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        staffTasks.completeDecision(officer, claimedTask(first, officer),
                new DecisionSubmission(CertificationVerdict.CERTIFY, "One unit certified.", true));
        ProcessPaths.runAsyncJob(engine, first.processInstanceId());
        assertThat(applications.details(first.id()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);
        // hand-counted: one voided and one submitted session in the cycle, of the two SCPD allows
        assertThat(limit.count(first.id())).isEqualTo(new ExamAttemptCount(2, 2));

        assertThat(retakes.retakeOffer(candidate, first.id())).isEmpty();
        assertThat(retakes.attemptsUsedUp(candidate, first.id()))
                .contains(UserMessage.of(ExamAttemptLimit.USED_UP, 2));
        assertThatThrownBy(() -> retakes.startRetake(candidate, first.id(), true))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo(ExamAttemptLimit.USED_UP));
        mvc.perform(get("/api/applications/{id}/retake", first.id()).with(basic(candidate)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/applications/{id}/retake", first.id()).with(basic(candidate))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"declaration\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "You have used the 2 exam attempts")));
        assertThat(applications.factsOfCandidate(candidate.username())).hasSize(1);
        signIn(candidate);
        UI.getCurrent().navigate("applications/" + first.id());
        assertThat(_find(Button.class, spec -> spec.withId("retake"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("retake-attempts-used")).getText())
                .startsWith("You have used the 2 exam attempts");
    }

    /** One attempt: a session started and submitted, then voided by an assessor for an irregularity. */
    private void sitAndVoid(ApplicationDetails application) {
        sessions.submit(candidate, sessions.start(candidate, application.id()).sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        staffTasks.voidExam(assessor, claimedTask(application, assessor), "Notes found at the desk.");
    }

    private ApplicationDetails waitingForExam() {
        return ExamFixtures.reviewed(engine, applications, candidate, "EXAM,PORTFOLIO");
    }

    private String claimedTask(ApplicationDetails application, CurrentUser person) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        staffTasks.claim(person, taskId);
        return taskId;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
