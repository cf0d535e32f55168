package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.AssessmentMethod;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.UnitResult;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The route exam and portfolio with the scheme's portfolio units, on the real engine and database: the sample's
 * SCPD has its portfolio cover SCPD-U3 and SCPD-U5, so the assessor scores those two and the exam's scores become
 * the scores of SCPD-U1, SCPD-U2 and SCPD-U4 (method EXAM); each unit is judged by the pass rule (66.7 %).
 */
@CityCertSpringTest
class ExamAndPortfolioRouteTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    ExamSessions sessions;
    @Autowired
    ExamSessionStore store;
    @Autowired
    ItemStore items;
    @Autowired
    TestAccounts accounts;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    AssessmentService assessment;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
    }

    @Test
    void the_exam_scores_the_units_the_portfolio_does_not_cover_and_the_assessor_scores_the_others() throws Exception {
        // hand-computed: SCPD-U1 12 of 12 right (100 %), SCPD-U2 6 of 12 (50 %), SCPD-U4 9 of 12 (75 %); SCPD-U3
        // and SCPD-U5 are not answered (0 %), but the portfolio covers them: the assessor's 80 and 50 count
        ApplicationDetails application = examSubmitted(Map.of("SCPD-U1", 12, "SCPD-U2", 6, "SCPD-U4", 9));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);

        mvc.perform(get("/api/tasks/{id}/exam", taskId).with(basic(assessor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmOnly").value(false))
                .andExpect(jsonPath("$.examScored", contains("SCPD-U1", "SCPD-U2", "SCPD-U4")))
                .andExpect(jsonPath("$.scores['SCPD-U2'].score").value(50.0));
        // the exam beside the task is the assessors' to see: not the candidate's, not another team's
        mvc.perform(get("/api/tasks/{id}/exam", taskId).with(basic(candidate))).andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/{id}/exam", taskId).with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/assessment", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new AssessmentSubmission(List.of(score("SCPD-U3", "80"),
                                score("SCPD-U5", "50")), "Portfolio judged beside the exam."))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("PARTIAL"));

        List<UnitResult> results = assessment.results(application.id());
        assertThat(results).extracting(r -> r.unitCode() + " " + r.method() + " " + r.score().stripTrailingZeros()
                .toPlainString() + " " + (r.passed() ? "passed" : "failed")).containsExactly(
                "SCPD-U1 EXAM 100 passed",
                "SCPD-U2 EXAM 50 failed",
                "SCPD-U3 PORTFOLIO 80 passed",
                "SCPD-U4 EXAM 75 passed",
                "SCPD-U5 PORTFOLIO 50 failed");
        assertThat(results).allSatisfy(r -> assertThat(r.assessor()).isEqualTo(assessor.username()));
        // the exam's element scores stay with the units it scored
        assertThat(results.get(0).elementScores()).containsOnlyKeys("SCPD-U1-E1", "SCPD-U1-E2", "SCPD-U1-E3");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(processOf(application))
                .isWaitingAt(CertificationProcess.ACTIVITY_DECIDE);
    }

    @Test
    void a_score_for_a_unit_the_exam_scores_or_none_for_a_covered_unit_is_refused_naming_the_unit() throws Exception {
        ApplicationDetails application = examSubmitted(Map.of("SCPD-U1", 12));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);

        mvc.perform(post("/api/tasks/{id}/assessment", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new AssessmentSubmission(List.of(score("SCPD-U1", "90"),
                                score("SCPD-U3", "80"), score("SCPD-U5", "80")), "Scored everything."))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", contains("Unit SCPD-U1 takes the exam's score on this route: the "
                        + "portfolio does not cover it, so give it no score.")));
        mvc.perform(post("/api/tasks/{id}/assessment", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(new AssessmentSubmission(List.of(score("SCPD-U3", "80")),
                                "Forgot one."))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem("Score unit SCPD-U5 (Project proposal and pitching).")));
        assertThatThrownBy(() -> staffTasks.completeAssessment(assessor, taskId, new AssessmentSubmission(
                List.of(score("SCPD-U2", "70"), score("SCPD-U3", "80"), score("SCPD-U5", "80")), "Again.")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.key() + " " + p.args().get(0))
                        .containsExactly("problem.assessment.exam-scored SCPD-U2"));

        assertThat(assessment.results(application.id())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM task_outcome WHERE task_id = ?").param(taskId)
                .query(Long.class).single()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void on_the_route_portfolio_the_assessor_scores_every_unit_whatever_the_portfolio_units() {
        // as a role whose scheme names the portfolio route only (SCPD's portfolio units stay in its scheme)
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                CertificationProcess.VAR_ASSESSMENT_ROUTES, "PORTFOLIO");
        complete(task(processOf(application)), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);
        assertThat(staffTasks.exam(assessor, taskId).examScored()).isEmpty();

        staffTasks.completeAssessment(assessor, taskId, new AssessmentSubmission(
                java.util.stream.Stream.of("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", "SCPD-U5")
                        .map(u -> score(u, "70")).toList(), "Portfolio judged."));

        assertThat(assessment.results(application.id())).hasSize(5)
                .allSatisfy(r -> assertThat(r.method()).isEqualTo(AssessmentMethod.PORTFOLIO));
    }

    private static UnitScore score(String unit, String score) {
        return new UnitScore(unit, new BigDecimal(score), Map.of());
    }

    /**
     * SCPD on the route exam and portfolio, its exam submitted with the first n items of each named unit answered
     * right and the rest of the form unanswered; the assessment task waits.
     */
    private ApplicationDetails examSubmitted(Map<String, Integer> rightPerUnit) {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        // the process is given SCPD's routes (the exam route is on, as in the product)
        assertThat(engine.getRuntimeService().getVariable(application.processInstanceId(),
                CertificationProcess.VAR_ASSESSMENT_ROUTES)).isEqualTo("EXAM,PORTFOLIO");
        complete(task(processOf(application)), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        ExamSitting sitting = sessions.start(candidate, application.id());
        List<SessionItem> form = store.form(sitting.sessionId());
        for (String unit : List.of("SCPD-U1", "SCPD-U2", "SCPD-U4")) {
            assertThat(form).filteredOn(i -> i.unitCode().equals(unit)).hasSize(12);
        }
        Map<String, Integer> answered = new java.util.HashMap<>();
        for (SessionItem item : form) {
            int before = answered.merge(item.unitCode(), 1, Integer::sum) - 1;
            if (before < rightPerUnit.getOrDefault(item.unitCode(), 0)) {
                sessions.answer(candidate, sitting.sessionId(), item.position(), correctShown(item));
            }
        }
        sessions.submit(candidate, sitting.sessionId());
        return application;
    }

    private List<Integer> correctShown(SessionItem item) {
        ExamItem bank = items.find(item.itemId()).orElseThrow();
        return IntStream.range(0, item.optionOrder().size())
                .filter(shown -> bank.options().get(item.optionOrder().get(shown)).correct()).boxed().toList();
    }

    private String claimedTask(ApplicationDetails application, CurrentUser person) {
        String taskId = task(processOf(application)).getId();
        staffTasks.claim(person, taskId);
        return taskId;
    }

    private ProcessInstance processOf(ApplicationDetails application) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId()).singleResult();
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
