package eu.skills4cities.citycert.exam;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Impartiality of the assessor's exam confirmation and void (route exam), on its own: the application's own
 * candidate (a member of staff who applies) and a person excluded by an upheld appeal ({@code excludedStaff}) can
 * neither confirm nor void, through the page (Karibu), the API (MockMvc) and the engine's TaskService; a colleague
 * who is not excluded can. A reviewer of the application may assess it: the rules separate the decision from the
 * judging, not the review from the assessment. Assessors declare no conflict of interest today, so there is none
 * to check.
 */
class ExamImpartialityTest extends KaribuViewTest {

    private static final String VERDICT = CertificationProcess.Stage.ASSESSMENT.verdictVariable();

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
    TaskHandOver handOver;
    @Autowired
    AssessmentService assessment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private TaskService tasks;

    @BeforeEach
    void setUp() {
        init(engine);
        tasks = engine.getTaskService();
    }

    @Test
    void the_candidate_who_is_an_assessor_neither_confirms_nor_voids_the_exam_of_their_own_application()
            throws Exception {
        CurrentUser self = accounts.create(Role.ASSESSOR, Role.CANDIDATE);
        ApplicationDetails application = examSubmitted(self);
        String taskId = taskOf(application);

        // the service refuses the claim, saying why; so does the API; the engine refuses the assignment
        assertThatThrownBy(() -> staffTasks.claim(self, taskId)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("task.refused.own-application"));
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(basic(self))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This is your own application: you cannot review, assess or "
                        + "decide it."));
        assertThatThrownBy(() -> tasks.claim(taskId, self.username())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Impartiality");
        // a colleague cannot hand it to them either
        CurrentUser colleague = accounts.create(Role.ASSESSOR);
        staffTasks.claim(colleague, taskId);
        assertThat(handOver.colleagues(colleague, taskId)).extracting(c -> c.username())
                .doesNotContain(self.username());
        assertThatThrownBy(() -> handOver.reassign(colleague, taskId, self.username()))
                .isInstanceOf(RefusedException.class);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo(colleague.username());

        // assigned to them past every check (as a row written before the rule): confirm and void still refused
        assignBehindTheEngine(taskId, self);
        mvc.perform(post("/api/tasks/{id}/exam-confirmation", taskId).with(basic(self))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Confirmed.\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/exam-void", taskId).with(basic(self))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Void it.\"}"))
                .andExpect(status().isForbidden());
        signIn(self);
        UI.getCurrent().navigate("inbox/" + taskId);
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-comment")), "Exam sat as planned.");
        _click(_get(Button.class, spec -> spec.withId("confirm-exam")));
        NotificationsKt.expectNotifications("This is your own application: you cannot review, assess or decide it.");
        _click(_get(Button.class, spec -> spec.withId("void-exam")));
        NotificationsKt.expectNotifications("This is your own application: you cannot review, assess or decide it.");
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of(VERDICT, CertificationProcess.VERDICT_EXAM_VOIDED)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("is the candidate of application");

        assertNothingDone(application, taskId);
        // the colleague, who is not excluded, confirms
        assignBehindTheEngine(taskId, colleague);
        staffTasks.confirmExam(colleague, taskId, "Exam sat as planned.");
        assertThat(assessment.results(application.id())).hasSize(5);
    }

    @Test
    void an_assessor_excluded_by_an_upheld_appeal_neither_confirms_nor_voids_the_exam() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = examSubmitted(candidate);
        String taskId = taskOf(application);
        CurrentUser excluded = accounts.create(Role.ASSESSOR);
        staffTasks.claim(excluded, taskId);
        // as the reopening of an application on an upheld appeal names those involved in the contested decision
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                CertificationProcess.VAR_EXCLUDED_STAFF, "someone-else," + excluded.username());

        mvc.perform(post("/api/tasks/{id}/exam-confirmation", taskId).with(basic(excluded))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Confirmed.\"}"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> staffTasks.voidExam(excluded, taskId, "Void it."))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("task.refused.excluded-on-appeal"));
        signIn(excluded);
        UI.getCurrent().navigate("inbox/" + taskId);
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-comment")), "A second person answered.");
        _click(_get(Button.class, spec -> spec.withId("void-exam")));
        NotificationsKt.expectNotifications("You took part in the decision an appeal reopened this application on, "
                + "so you may not work on it.");
        assertThat(store.ofApplication(application.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ExamSessionStatus.SUBMITTED));
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of(VERDICT, "COMPETENT"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");

        assertNothingDone(application, taskId);
    }

    /** The exam neither confirmed nor voided, the task still open at "Assess candidate". */
    private void assertNothingDone(ApplicationDetails application, String taskId) {
        assertThat(assessment.results(application.id())).isEmpty();
        assertThat(store.ofApplication(application.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ExamSessionStatus.SUBMITTED));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey())
                .isEqualTo(CertificationProcess.ACTIVITY_ASSESS);
    }

    /** SCPD on the route exam, its exam sat and submitted: the process waits at "Assess candidate". */
    private ApplicationDetails examSubmitted(CurrentUser candidate) {
        ApplicationDetails application = ExamFixtures.reviewed(engine, applications, candidate, "EXAM");
        sessions.submit(candidate, sessions.start(candidate, application.id()).sessionId());
        return application;
    }

    private String taskOf(ApplicationDetails application) {
        return tasks.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult().getId();
    }

    /** Writes the assignee into the engine's table, past the task listener (as a row from before the rule). */
    private void assignBehindTheEngine(String taskId, CurrentUser user) {
        jdbc.sql("UPDATE act_ru_task SET assignee_ = ? WHERE id_ = ?").params(user.username(), taskId).update();
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
