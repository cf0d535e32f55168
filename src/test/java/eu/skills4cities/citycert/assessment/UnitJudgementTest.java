package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.assessment.AssessmentOutcome;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.assessment.UnitResult;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.DecisionSubmission;
import eu.skills4cities.citycert.inbox.ReviewSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Review, assessment and decision unit by unit, through the inbox's service: per-unit
 * verdicts and the loop for more evidence, scores and the pass rule, partial certification
 * with unit certificates, and a retake of the failed units only.
 */
@CityCertSpringTest
class UnitJudgementTest {

    @Autowired
    StaffTaskService tasks;
    @Autowired
    ApplicationService applications;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    AssessmentService assessments;
    @Autowired
    Retakes retakes;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.camunda.bpm.engine.DecisionService decisionService;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private CurrentUser candidate;
    private CurrentUser reviewer;
    private CurrentUser assessor;
    private CurrentUser officer;

    @BeforeEach
    void people() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
        reviewer = accounts.create(Role.REVIEWER);
        assessor = accounts.create(Role.ASSESSOR);
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
    }

    @Test
    void more_evidence_for_one_unit_asks_the_candidate_with_the_reviewers_message_and_keeps_each_units_reason() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = claimOpenTask(reviewer, application);
        List<UnitVerdict> verdicts = TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT, "ok")
                .units().stream().map(v -> v.unitCode().equals("SCPD-U2")
                        ? new UnitVerdict("SCPD-U2", ReviewVerdict.MORE_NEEDED, "The business case is not signed.")
                        : v).toList();

        ReviewVerdict overall = tasks.completeReview(reviewer, review,
                new ReviewSubmission(verdicts, "Please add the signed business case for unit 2."));

        assertThat(overall).isEqualTo(ReviewVerdict.MORE_NEEDED);
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_CANDIDATE);
        assertThat(evidenceRequests.openEvidenceRequest(candidate, application.id())).hasValueSatisfying(request ->
                assertThat(request.message()).isEqualTo("Please add the signed business case for unit 2."));
        assertThat(assessments.reviews(application.id())).hasSize(verdicts.size())
                .filteredOn(r -> r.verdict() != ReviewVerdict.SUFFICIENT).singleElement()
                .satisfies(r -> {
                    assertThat(r.unitCode()).isEqualTo("SCPD-U2");
                    assertThat(r.reason()).isEqualTo("The business case is not signed.");
                    assertThat(r.reviewer()).isEqualTo(reviewer.username());
                });
    }

    @Test
    void insufficient_evidence_for_any_unit_refuses_the_application_with_the_reviewers_reason() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = claimOpenTask(reviewer, application);
        List<UnitVerdict> verdicts = TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.MORE_NEEDED,
                "Add more.").units().stream().map(v -> v.unitCode().equals("SCPD-U1")
                        ? new UnitVerdict("SCPD-U1", ReviewVerdict.INSUFFICIENT, "No project of the candidate's own.")
                        : v).toList();

        assertThat(tasks.completeReview(reviewer, review, new ReviewSubmission(verdicts,
                "The portfolio shows no smart city project led by you."))).isEqualTo(ReviewVerdict.INSUFFICIENT);

        ApplicationDetails refused = applications.details(application.id());
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(refused.outcomeReason()).isEqualTo("The portfolio shows no smart city project led by you.");
    }

    @Test
    void a_unit_not_sufficient_needs_a_reason_and_nothing_is_stored_without_one() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = claimOpenTask(reviewer, application);
        List<UnitVerdict> verdicts = TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT, "ok")
                .units().stream().map(v -> v.unitCode().equals("SCPD-U3")
                        ? new UnitVerdict("SCPD-U3", ReviewVerdict.MORE_NEEDED, "  ") : v).toList();

        assertThatThrownBy(() -> tasks.completeReview(reviewer, review, new ReviewSubmission(verdicts, "Add more.")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .containsExactly("Give a reason of 1 to 2000 characters for unit SCPD-U3."));
        assertThat(assessments.reviews(application.id())).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(review).count()).isEqualTo(1);
    }

    @Test
    void scores_below_the_pass_mark_leave_a_partial_result_unit_certificates_and_a_retake_of_the_failed_units_only() {
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application("SCPD")));
        String assessment = claimOpenTask(assessor, application);
        List<String> units = tasks.plan(assessor, assessment).toAssess().stream().map(u -> u.code()).toList();
        assertThat(units).hasSizeGreaterThan(2);

        AssessmentOutcome outcome = tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor,
                assessment, unit -> unit.equals("SCPD-U3") ? new BigDecimal("66.7") : new BigDecimal("66.69"),
                "Interview and portfolio."));

        // the exam (every answer right) scores SCPD-U1, U2 and U4; the assessor the units the portfolio covers
        assertThat(outcome).isEqualTo(AssessmentOutcome.PARTIAL);
        assertThat(assessments.results(application.id())).extracting(UnitResult::unitCode, UnitResult::passed)
                .contains(org.assertj.core.groups.Tuple.tuple("SCPD-U1", true),
                        org.assertj.core.groups.Tuple.tuple("SCPD-U3", true),
                        org.assertj.core.groups.Tuple.tuple("SCPD-U5", false));
        decide(application, "CERTIFY", "Four units are certified.");

        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);
        assertThat(certificates.mine(candidate)).allSatisfy(c -> assertThat(c.unitCertificate()).isTrue())
                .extracting(CertificateInfo::unitCode)
                .containsExactlyInAnyOrder("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4");
        String unitNumber = certificates.mine(candidate).stream().filter(c -> "SCPD-U1".equals(c.unitCode()))
                .findFirst().orElseThrow().number();
        assertThat(pdfText(certificates.pdf(candidate, unitNumber))).contains("Unit Certificate",
                "Smart city context and needs analysis", "unit SCPD-U1 of the role Smart City Project Developer",
                unitNumber);

        // the retake goes straight to the exam (SCPD's route has one) and then the assessment, of the failed units only
        var offer = retakes.retakeOffer(candidate, application.id()).orElseThrow();
        assertThat(offer.units()).extracting(u -> u.code()).containsExactly("SCPD-U5");
        ApplicationDetails retake = retakes.startRetake(candidate, application.id(), true);
        assertThat(retake.retakeOf()).isEqualTo(application.id());
        var process = runtimeService.createProcessInstanceQuery().processInstanceId(retake.processInstanceId())
                .singleResult();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(process)
                .isWaitingAt(CertificationProcess.ACTIVITY_SIT_EXAM)
                .hasNotPassed(CertificationProcess.ACTIVITY_CHECK_ELIGIBILITY, CertificationProcess.ACTIVITY_REVIEW);
        assertThat(CertificationProcess.examUnits(runtimeService.getVariable(process.getId(),
                CertificationProcess.VAR_EXAM_UNITS))).containsExactly("SCPD-U5");
        exams.sitIfWaiting(retake.id());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(process)
                .isWaitingAt(CertificationProcess.ACTIVITY_ASSESS);
        String retakeAssessment = claimOpenTask(assessor, retake);
        var plan = tasks.plan(assessor, retakeAssessment);
        assertThat(plan.heldAlready()).extracting(u -> u.code())
                .containsExactly("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4");
        assertThat(plan.toAssess()).extracting(u -> u.code()).containsExactly("SCPD-U5");
        // scoring a unit held already is refused
        assertThatThrownBy(() -> tasks.completeAssessment(assessor, retakeAssessment, new AssessmentSubmission(
                List.of(new UnitScore("SCPD-U1", new BigDecimal("90"), Map.of())), "Again.")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .contains("Unit SCPD-U1 is not part of this assessment."));

        assertThat(tasks.completeAssessment(assessor, retakeAssessment,
                TestStaffWork.scores(tasks, assessor, retakeAssessment, "80", "Retake interview.")))
                .isEqualTo(AssessmentOutcome.COMPETENT);
        decide(retake, "CERTIFY", "Every unit is now passed.");

        assertThat(applications.details(retake.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(assessments.reviews(retake.id())).as("passed units are not reviewed again").isEmpty();
        assertThat(certificates.mine(candidate)).extracting(CertificateInfo::unitCode)
                .containsExactlyInAnyOrder("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", null);
        // the role certificate covers every unit and supersedes the unit certificate
        CertificateInfo role = certificates.forApplication(retake.id()).get(0);
        assertThat(certificates.units(role.id())).extracting(u -> u.code()).containsExactlyElementsOf(units);
        assertThat(certificates.mine(candidate)).filteredOn(CertificateInfo::unitCertificate).hasSize(4)
                .allSatisfy(unit -> {
                    assertThat(unit.supersededBy()).isEqualTo(role.id());
                    assertThat(unit.status(java.time.LocalDate.now())).isEqualTo(CertificateStatus.SUPERSEDED);
                });
        assertThat(role.status(java.time.LocalDate.now())).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(retakes.retakeOffer(candidate, retake.id())).isEmpty();
    }

    @Test
    void the_pass_rule_judges_as_the_engine_evaluates_the_deployed_table_and_leaves_no_decision_history() {
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application("SCPM")));
        String assessment = claimOpenTask(assessor, application);
        long historyBefore = unitPassHistory();

        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment,
                unit -> unit.endsWith("1") ? new BigDecimal("66.69") : new BigDecimal("66.7"), "Interview."));

        // the unit results are the judging's own records; the engine's decision history would only repeat them
        assertThat(unitPassHistory()).isEqualTo(historyBefore);
        assertThat(assessments.results(application.id())).isNotEmpty().allSatisfy(result ->
                assertThat(result.passed()).isEqualTo(!result.unitCode().endsWith("1")));
        int compared = 0;
        for (String passMark : new String[] {null, "50", "66.7", "70", "80"}) {
            for (String score : new String[] {"0", "20", "49.99", "50", "50.01", "66.69", "66.7", "66.71", "69.99",
                    "70", "79.99", "80", "80.5", "100"}) {
                BigDecimal mark = passMark == null ? null : new BigDecimal(passMark);
                Object engineSays = decisionService.evaluateDecisionByKey(CertificationProcess.DECISION_UNIT_PASS)
                        .variables(org.camunda.bpm.engine.variable.Variables.createVariables()
                                .putValue("score", Double.valueOf(score))
                                .putValue("passMark", mark == null ? null : mark.doubleValue()))
                        .evaluate().getSingleResult().getEntry("passed");
                assertThat(assessments.passes(new BigDecimal(score), mark)).as("score %s, pass mark %s", score, passMark)
                        .isEqualTo(engineSays);
                compared++;
            }
        }
        // only the engine's own evaluations above wrote history
        assertThat(unitPassHistory()).isEqualTo(historyBefore + compared);
    }

    private long unitPassHistory() {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(CertificationProcess.DECISION_UNIT_PASS).count();
    }

    @Test
    void no_retake_after_the_retake_window_closes() {
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application("SCPD")));
        String assessment = claimOpenTask(assessor, application);
        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment,
                unit -> unit.equals("SCPD-U1") ? new BigDecimal("90") : new BigDecimal("20"), "Interview."));
        decide(application, "CERTIFY", "Unit 1 is certified.");
        jdbc.sql("UPDATE passed_unit SET passed_on = passed_on - INTERVAL '13 months' WHERE application = ?")
                .param(application.id()).update();

        assertThat(retakes.retakeOffer(candidate, application.id())).isEmpty();
        assertThatThrownBy(() -> retakes.startRetake(candidate, application.id(), true))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(TestMessages.english(((RefusedException) e).reason()))
                        .startsWith("The retake window closed on "));
        assertThatThrownBy(() -> retakes.startRetake(accounts.create(Role.CANDIDATE), application.id(), true))
                .as("nobody retakes someone else's units")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_retake_without_the_candidates_declaration_is_refused_naming_it_and_with_it_the_declaration_is_stored()
            throws Exception {
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application("SCPD")));
        String assessment = claimOpenTask(assessor, application);
        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment,
                unit -> unit.equals("SCPD-U1") ? new BigDecimal("90") : new BigDecimal("20"), "Interview."));
        decide(application, "CERTIFY", "Unit 1 is certified.");
        int before = applications.factsOfCandidate(candidate.username()).size();
        var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(candidate.username(), TestAccounts.PASSWORD);

        assertThatThrownBy(() -> retakes.startRetake(candidate, application.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(TestMessages.english(
                        e.problems())).containsExactly("Tick the declaration: confirm that the information is true "
                        + "and complete and that the evidence is your own work."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/applications/{id}/retake", application.id()).with(basic))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0]")
                        .value(org.hamcrest.Matchers.startsWith("Tick the declaration")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/applications/{id}/retake", application.id()).with(basic)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"declaration\": false}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isUnprocessableEntity());
        assertThat(applications.factsOfCandidate(candidate.username())).hasSize(before);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/applications/{id}/retake", application.id()).with(basic)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"declaration\": true}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        ApplicationFacts retake = applications.factsOfCandidate(candidate.username()).get(0);
        assertThat(retake.id()).isNotEqualTo(application.id());
        assertThat(jdbc.sql("SELECT declared_by FROM submission_declaration WHERE application = ?")
                .param(retake.id()).query(String.class).single()).isEqualTo(candidate.username());
        assertThat(jdbc.sql("SELECT detail ->> 'declaredAt' FROM audit_event WHERE action = 'APPLICATION_SUBMITTED' "
                + "AND object_id = ?").param(retake.id().toString()).query(String.class).single()).isNotNull();
    }

    @Test
    void element_scoring_takes_each_units_mean_and_refuses_a_missing_element_or_a_whole_unit_score() {
        // the sample's Project Manager role scores elements one by one
        ApplicationDetails application = reviewed(applications.submit(candidate, TestDocuments.application("SCPM")));
        String assessment = claimOpenTask(assessor, application);
        var plan = tasks.plan(assessor, assessment);
        assertThat(plan.scoreElements()).isTrue();
        var firstUnit = plan.toAssess().get(0);
        var full = TestStaffWork.scores(tasks, assessor, assessment, "90", "Interview.");

        List<UnitScore> missingElement = full.units().stream().map(s -> s.unitCode().equals(firstUnit.code())
                ? new UnitScore(s.unitCode(), null, Map.of(firstUnit.elements().get(0).code(), new BigDecimal("90")))
                : s).toList();
        assertThatThrownBy(() -> tasks.completeAssessment(assessor, assessment,
                new AssessmentSubmission(missingElement, "Interview.")))
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .contains("Score element " + firstUnit.elements().get(1).code() + " of unit " + firstUnit.code() + "."));
        List<UnitScore> wholeUnit = full.units().stream().map(s -> s.unitCode().equals(firstUnit.code())
                ? new UnitScore(s.unitCode(), new BigDecimal("90"), Map.of()) : s).toList();
        assertThatThrownBy(() -> tasks.completeAssessment(assessor, assessment,
                new AssessmentSubmission(wholeUnit, "Interview.")))
                .satisfies(e -> assertThat(TestMessages.english(((InvalidInputException) e).problems()))
                        .contains("Unit " + firstUnit.code() + " is scored element by element: score its elements, not the unit."));
        assertThat(assessments.results(application.id())).isEmpty();

        // first element 100, the others 50: the mean decides
        var elements = firstUnit.elements();
        java.util.Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
        elements.forEach(e -> scores.put(e.code(), new BigDecimal("50")));
        scores.put(elements.get(0).code(), new BigDecimal("100"));
        BigDecimal mean = new BigDecimal(100 + 50 * (elements.size() - 1))
                .divide(BigDecimal.valueOf(elements.size()), 2, java.math.RoundingMode.HALF_UP);
        List<UnitScore> mixed = full.units().stream().map(s -> s.unitCode().equals(firstUnit.code())
                ? new UnitScore(s.unitCode(), null, scores) : s).toList();
        tasks.completeAssessment(assessor, assessment, new AssessmentSubmission(mixed, "Interview."));

        assertThat(assessments.results(application.id())).filteredOn(r -> r.unitCode().equals(firstUnit.code()))
                .singleElement().satisfies(r -> {
                    assertThat(r.score()).isEqualByComparingTo(mean);
                    assertThat(r.elementScores()).hasSize(elements.size());
                    assertThat(r.passed()).isEqualTo(mean.compareTo(new BigDecimal("66.7")) >= 0);
                });
    }

    @Test
    void the_decision_needs_the_declaration_a_reason_to_refuse_and_a_passed_unit_to_certify() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = claimOpenTask(reviewer, application);
        tasks.completeReview(reviewer, review, TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT,
                "Relevant, authentic and current."));
        // the candidate submits the exam unanswered: no unit passes by the exam either
        exams.submitUnanswered(application.id());
        String assessment = claimOpenTask(assessor, application);
        assertThat(tasks.completeAssessment(assessor, assessment,
                TestStaffWork.scores(tasks, assessor, assessment, "10", "Interview.")))
                .isEqualTo(AssessmentOutcome.NOT_YET_COMPETENT);
        String decision = claimOpenTask(officer, application);

        assertThatThrownBy(() -> tasks.completeDecision(officer, decision,
                new DecisionSubmission(CertificationVerdict.REFUSE, "No unit passed.", false)))
                .satisfies(e -> assertThat(TestMessages.english(
                        ((InvalidInputException) e).problems()))
                        .containsExactly("Declare that you have no conflict of interest before you decide."));
        assertThatThrownBy(() -> tasks.completeDecision(officer, decision, TestStaffWork.decision("REFUSE", " ")))
                .satisfies(e -> assertThat(TestMessages.english(
                        ((InvalidInputException) e).problems()))
                        .containsExactly("Give a reason of 1 to 4000 characters."));
        assertThatThrownBy(() -> tasks.completeDecision(officer, decision, TestStaffWork.decision("CERTIFY", "")))
                .satisfies(e -> assertThat(TestMessages.english(((RefusedException) e).reason()))
                        .startsWith("No unit passed the assessment"));
        assertThat(taskService.createTaskQuery().taskId(decision).count()).isEqualTo(1);

        tasks.completeDecision(officer, decision, TestStaffWork.decision("REFUSE", "No unit reached the pass mark."));

        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(tasks.outcomes(application.id())).last().satisfies(o -> {
            assertThat(o.actor()).isEqualTo(officer.username());
            assertThat(o.verdict()).isEqualTo("REFUSE");
            assertThat(o.comment()).isEqualTo("No unit reached the pass mark.");
            assertThat(o.noConflictDeclared()).isTrue();
            assertThat(o.completedAt()).isNotNull();
        });
    }

    private ApplicationDetails reviewed(ApplicationDetails application) {
        String review = claimOpenTask(reviewer, application);
        tasks.completeReview(reviewer, review, TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT,
                "Relevant, authentic and current."));
        exams.sitIfWaiting(application.id());
        return application;
    }

    private void decide(ApplicationDetails application, String verdict, String reason) {
        String decision = claimOpenTask(officer, application);
        tasks.completeDecision(officer, decision, TestStaffWork.decision(verdict, reason));
        // the job executor is off in tests: run the asynchronous issuing step here
        management.createJobQuery().processInstanceId(application.processInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private String claimOpenTask(CurrentUser staff, ApplicationDetails application) {
        String task = taskService.createTaskQuery().processInstanceId(
                applications.details(application.id()).processInstanceId()).singleResult().getId();
        tasks.claim(staff, task);
        return task;
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
