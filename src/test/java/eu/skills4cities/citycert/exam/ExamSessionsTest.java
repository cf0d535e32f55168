package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exam sessions on the real engine and database, with the demo's sample bank for SCPD (4 approved items per
 * element, 4 drawn per element): the form, the server's clock, answers saved as given, resume, the one-session
 * rule, scoring against hand-computed results, the timer at the time limit, extra time, and that no item or key
 * reaches a candidate outside their running session.
 */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamSessionsTest {

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
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    eu.skills4cities.citycert.audit.CaseRecord caseRecords;
    @Autowired
    eu.skills4cities.citycert.inbox.StaffTaskService staffTasks;
    @Autowired
    eu.skills4cities.citycert.assessment.AssessmentService assessment;
    @Autowired
    eu.skills4cities.citycert.assessment.Retakes retakes;
    @Autowired
    ItemBank bank;

    private CurrentUser candidate;

    @BeforeEach
    void setUp() {
        init(engine);
        candidate = accounts.create(Role.CANDIDATE);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_candidate_sits_the_exam_answers_are_saved_as_given_and_the_submission_is_scored_and_opens_the_assessment()
            throws Exception {
        ApplicationDetails application = waitingForExam();

        String started = mvc.perform(post("/api/exam/sessions").with(basic(candidate))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + application.id() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        JsonNode sitting = json.readTree(started);
        UUID sessionId = UUID.fromString(sitting.path("sessionId").asText());
        // 5 units, 14 elements, 4 items each; the time limit is 60 minutes by the server's clock
        assertThat(sitting.path("items")).hasSize(56);
        assertThat(sitting.path("secondsLeft").asLong()).isBetween(3590L, 3600L);
        assertNoKey(started);

        // one running session per candidate
        mvc.perform(post("/api/exam/sessions").with(basic(candidate)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + application.id() + "\"}"))
                .andExpect(status().isConflict());

        // hand-computed: in SCPD-U1 (12 items) the first 9 right, the others wrong; in every other unit the first
        // item right and the rest unanswered
        List<SessionItem> form = store.form(sessionId);
        Map<String, int[]> expected = new HashMap<>();
        for (SessionItem item : form) {
            int[] unit = expected.computeIfAbsent(item.unitCode(), u -> new int[2]);
            unit[0]++;
            boolean right = item.unitCode().equals("SCPD-U1") ? unit[0] <= 9 : unit[0] == 1;
            boolean answer = item.unitCode().equals("SCPD-U1") || unit[0] == 1;
            if (answer) {
                List<Integer> chosen = right ? correctShown(item) : wrongShown(item);
                mvc.perform(put("/api/exam/sessions/{id}/answers/{position}", sessionId, item.position())
                                .with(basic(candidate)).contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("chosen", chosen))))
                        .andExpect(status().isOk());
                unit[1] += right ? 1 : 0;
            }
        }
        assertThat(expected.get("SCPD-U1")).containsExactly(12, 9);
        assertThat(jdbc.sql("SELECT count(*) FROM exam_answer_log WHERE session_id = ?").param(sessionId)
                .query(Long.class).single()).isEqualTo(12 + 4);

        // a lost connection: the candidate comes back to the same form, with their answers
        String resumed = mvc.perform(get("/api/exam/sessions/current").with(basic(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode again = json.readTree(resumed);
        assertThat(again.path("sessionId").asText()).isEqualTo(sessionId.toString());
        assertThat(again.path("items").get(0).path("stem").asText())
                .isEqualTo(sitting.path("items").get(0).path("stem").asText());
        assertThat(again.path("items").get(0).path("options").toString())
                .isEqualTo(sitting.path("items").get(0).path("options").toString());
        SessionItem first = form.get(0);
        // the first item of each unit was answered right (in SCPD-U1 the first nine)
        assertThat(json.convertValue(again.path("items").get(0).path("chosen"), List.class))
                .isEqualTo(correctShown(first));

        ProcessInstance sessionProcess = runningProcess(store.find(sessionId).orElseThrow().processInstanceId());
        mvc.perform(post("/api/exam/sessions/{id}/submit", sessionId).with(basic(candidate)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.items").isEmpty());

        List<UnitExamResult> results = sessions.results(candidate, application.id());
        assertThat(results).extracting(UnitExamResult::unitCode)
                .containsExactly("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", "SCPD-U5");
        for (UnitExamResult result : results) {
            int[] unit = expected.get(result.unitCode());
            assertThat(result.items()).isEqualTo(unit[0]);
            assertThat(result.correct()).isEqualTo(unit[1]);
        }
        assertThat(results.get(0).percent()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(results.get(1).percent()).isEqualByComparingTo(new BigDecimal("8.3"));
        // and in the candidate's timeline, per unit
        assertThat(applications.timeline(candidate, application.id())).anySatisfy(entry -> {
            assertThat(entry.step()).isEqualTo(eu.skills4cities.citycert.application.TimelineEntry.EXAM_SUBMITTED);
            assertThat(entry.detail()).startsWith("SCPD-U1 75.0 %, SCPD-U2 8.3 %");
        });

        ProcessInstance process = processOf(application);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(process)
                .isWaitingAt(CertificationProcess.ACTIVITY_ASSESS);
        assertThat(engine.getRuntimeService().getVariable(process.getId(), CertificationProcess.VAR_EXAM_SESSION_ID))
                .isEqualTo(sessionId.toString());
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(sessionProcess)
                .isEnded().hasPassed(ExamSessionProcess.END_CLOSED);
        assertThat(auditActions(application.id())).contains("EXAM_SESSION_STARTED", "EXAM_SESSION_SUBMITTED");

        // over: no more answers, no second submission
        assertThatThrownBy(() -> sessions.answer(candidate, sessionId, 1, List.of(0)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> sessions.submit(candidate, sessionId)).isInstanceOf(RefusedException.class);
    }

    @Test
    void at_the_time_limit_the_timer_submits_and_extra_time_moves_it() {
        ApplicationDetails application = waitingForExam();
        ExamSitting sitting = sessions.start(candidate, application.id());
        ExamSession session = store.find(sitting.sessionId()).orElseThrow();
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);

        assertThatThrownBy(() -> sessions.grantExtraTime(accounts.create(Role.ASSESSOR), session.id(), 15, "Dyslexia."))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> sessions.grantExtraTime(officer, session.id(), 0, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(m -> m.args().get(0)).containsExactly("minutes", "reason"));
        ExamSession extended = sessions.grantExtraTime(officer, session.id(), 15, "Accommodation for dyslexia.");
        assertThat(Duration.between(session.endsAt(), extended.endsAt())).isEqualTo(Duration.ofMinutes(15));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(session.processInstanceId())
                .timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(extended.endsAt());
        assertThat(sessions.get(candidate, session.id()).secondsLeft()).isGreaterThan(60 * 60);

        SessionItem first = store.form(session.id()).get(0);
        sessions.answer(candidate, session.id(), 1, correctShown(first));
        ProcessInstance sessionProcess = runningProcess(session.processInstanceId());
        ProcessPaths.fire(engine, timer);

        ExamSession submitted = store.find(session.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ExamSessionStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(ExamSession.BY_TIME_LIMIT);
        assertThat(sessions.results(candidate, application.id()).stream().mapToInt(UnitExamResult::correct).sum())
                .isEqualTo(1);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(sessionProcess)
                .isEnded().hasPassed(ExamSessionProcess.ACTIVITY_SUBMIT_AT_TIME_LIMIT,
                        ExamSessionProcess.END_SUBMITTED_AT_TIME_LIMIT);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(processOf(application))
                .isWaitingAt(CertificationProcess.ACTIVITY_ASSESS);
        assertThatThrownBy(() -> sessions.answer(candidate, session.id(), 2, List.of(0)))
                .isInstanceOf(RefusedException.class);
        assertThat(auditActions(application.id())).contains("EXAM_SESSION_EXTRA_TIME",
                "EXAM_SESSION_SUBMITTED_AT_TIME_LIMIT");

        // the auditor's case record: the form drawn, the extra time, the answer with its time and the submission
        var record = caseRecords.of(accounts.create(Role.AUDITOR), application.id()).entries().stream()
                .filter(e -> e.kind() == eu.skills4cities.citycert.audit.CaseRecordKind.EXAM).toList();
        assertThat(record).extracting(e -> e.subject())
                .containsExactly("FORM_DRAWN", "EXTRA_TIME", "ANSWER", "SUBMITTED");
        assertThat(record.get(0).facts()).containsEntry("items", "56").containsKey("form");
        assertThat(record.get(1).reason()).isEqualTo("Accommodation for dyslexia.");
        assertThat(record.get(1).actor()).isEqualTo(officer.username());
        assertThat(record.get(2).facts()).containsEntry("position", "1");
        assertThat(record.get(3).facts()).containsEntry("by", ExamSession.BY_TIME_LIMIT);
        assertThat(record.toString()).doesNotContain(items.find(first.itemId()).orElseThrow().stem());
    }

    /** The session's clock has its own coverage gate: every node passed by this class's sessions. */
    @AfterAll
    void every_node_of_the_session_process_was_passed() {
        assertThat(ProcessPaths.unpassed(engine, ProcessPaths.model(engine, ExamSessionProcess.PROCESS_KEY),
                sessionProcesses())).isEmpty();
    }

    @Test
    void answers_that_name_no_option_of_the_item_are_refused_naming_the_field_and_nothing_is_saved() {
        ApplicationDetails application = waitingForExam();
        ExamSitting sitting = sessions.start(candidate, application.id());
        int options = sitting.items().get(0).options().size();

        assertThatThrownBy(() -> sessions.answer(candidate, sitting.sessionId(), 1, List.of(options)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).args()).startsWith("chosen"));
        assertThatThrownBy(() -> sessions.answer(candidate, sitting.sessionId(), 1, List.of(0, 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.answer(candidate, sitting.sessionId(), 999, List.of(0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.form(sitting.sessionId()).get(0).chosen()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM exam_answer_log WHERE session_id = ?").param(sitting.sessionId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void no_item_or_key_reaches_a_candidate_outside_their_running_session() throws Exception {
        ApplicationDetails application = waitingForExam();
        CurrentUser other = accounts.create(Role.CANDIDATE);

        mvc.perform(get("/api/exam/sessions/current").with(basic(candidate))).andExpect(status().isNotFound());
        mvc.perform(get("/api/exam/items").with(basic(candidate))).andExpect(status().isForbidden());
        ExamSitting sitting = sessions.start(candidate, application.id());
        UUID itemId = store.form(sitting.sessionId()).get(0).itemId();
        mvc.perform(get("/api/exam/items/{id}", itemId).with(basic(candidate))).andExpect(status().isForbidden());
        mvc.perform(get("/api/exam/items/export").with(basic(candidate))).andExpect(status().isForbidden());

        // another candidate sees neither the session nor starts one on an application that is not theirs
        mvc.perform(get("/api/exam/sessions/{id}", sitting.sessionId()).with(basic(other)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/exam/sessions/{id}/answers/1", sitting.sessionId()).with(basic(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"chosen\":[0]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/exam/sessions").with(basic(other)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationId\":\"" + application.id() + "\"}"))
                .andExpect(status().isNotFound());

        String running = mvc.perform(get("/api/exam/sessions/{id}", sitting.sessionId()).with(basic(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertNoKey(running);
        mvc.perform(post("/api/exam/sessions/{id}/submit", sitting.sessionId()).with(basic(candidate)))
                .andExpect(status().isOk());
        String after = mvc.perform(get("/api/exam/sessions/{id}", sitting.sessionId()).with(basic(candidate)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain(items.find(itemId).orElseThrow().stem());
        String results = mvc.perform(get("/api/exam/applications/{id}/results", application.id()).with(basic(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("SCPD-U1").doesNotContain(items.find(itemId).orElseThrow().stem());
        mvc.perform(get("/api/exam/applications/{id}/results", application.id()).with(basic(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void on_the_route_exam_the_assessor_confirms_the_exam_and_its_scores_become_the_unit_scores_with_the_method()
            throws Exception {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        // as a role whose scheme names the exam route only
        routes(application, "EXAM");
        complete(task(processOf(application)), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        ExamSitting sitting = sessions.start(candidate, application.id());
        // every item of SCPD-U1 right, nothing else answered
        for (SessionItem item : store.form(sitting.sessionId())) {
            if (item.unitCode().equals("SCPD-U1")) {
                sessions.answer(candidate, sitting.sessionId(), item.position(), correctShown(item));
            }
        }
        sessions.submit(candidate, sitting.sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);

        mvc.perform(post("/api/tasks/{id}/exam-confirmation", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\" \"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/tasks/{id}/exam-confirmation", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Exam sat as planned.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("PARTIAL"));

        var results = assessment.results(application.id());
        assertThat(results).extracting(r -> r.unitCode())
                .containsExactly("SCPD-U1", "SCPD-U2", "SCPD-U3", "SCPD-U4", "SCPD-U5");
        assertThat(results).allSatisfy(r -> assertThat(r.method())
                .isEqualTo(eu.skills4cities.citycert.assessment.AssessmentMethod.EXAM));
        assertThat(results.get(0).score()).isEqualByComparingTo("100");
        assertThat(results.get(0).passed()).isTrue();
        assertThat(results.get(1).score()).isEqualByComparingTo("0");
        assertThat(results.get(1).passed()).isFalse();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(processOf(application))
                .isWaitingAt(CertificationProcess.ACTIVITY_DECIDE);
    }

    @Test
    void the_assessor_voids_an_exam_with_a_reason_and_the_candidate_sits_a_new_form_in_the_same_window()
            throws Exception {
        ApplicationDetails application = waitingForExam();
        ExamSitting voided = sessions.start(candidate, application.id());
        sessions.submit(candidate, voided.sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);

        mvc.perform(post("/api/tasks/{id}/exam-void", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(store.find(voided.sessionId()).orElseThrow().status()).isEqualTo(ExamSessionStatus.SUBMITTED);
        mvc.perform(post("/api/tasks/{id}/exam-void", taskId).with(basic(assessor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"A second person answered for the candidate.\"}"))
                .andExpect(status().isOk());

        ExamSession session = store.find(voided.sessionId()).orElseThrow();
        assertThat(session.status()).isEqualTo(ExamSessionStatus.VOIDED);
        assertThat(session.voidReason()).isEqualTo("A second person answered for the candidate.");
        assertThat(session.voidedBy()).isEqualTo(assessor.username());
        assertThat(sessions.results(candidate, application.id())).isEmpty();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(processOf(application))
                .isWaitingAt(CertificationProcess.ACTIVITY_SIT_EXAM);
        assertThat(auditActions(application.id())).contains("EXAM_SESSION_VOIDED");
        assertThat(applications.timeline(candidate, application.id())).extracting(e -> e.step() + ": " + e.detail())
                .contains("EXAM_VOIDED: A second person answered for the candidate.");

        ExamSitting again = sessions.start(candidate, application.id());
        assertThat(again.sessionId()).isNotEqualTo(voided.sessionId());
        assertThat(again.items()).hasSize(56);
        assertThat(caseRecords.of(accounts.create(Role.AUDITOR), application.id()).entries().stream()
                .filter(e -> "VOIDED".equals(e.subject())).findFirst().orElseThrow().reason())
                .isEqualTo("A second person answered for the candidate.");
    }

    @Test
    void on_the_route_exam_and_portfolio_the_assessor_scores_and_cannot_just_confirm_the_exam() {
        ApplicationDetails application = waitingForExam();
        sessions.submit(candidate, sessions.start(candidate, application.id()).sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String taskId = claimedTask(application, assessor);

        assertThatThrownBy(() -> staffTasks.confirmExam(assessor, taskId, "Confirmed."))
                .isInstanceOf(RefusedException.class);
        assertThat(assessment.results(application.id())).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void a_retake_sits_only_the_failed_unit_with_a_new_form_that_avoids_the_items_seen() {
        // four more approved items on SCPD-U5-E1, so the bank has enough the candidate has not seen there
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        CurrentUser approver = accounts.create(Role.EXAM_AUTHOR);
        java.util.Set<UUID> fresh = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            ItemDraft draft = TestItems.valid(TestItems.freshCode());
            ExamItem item = bank.create(author, new ItemDraft(draft.code(), "SCPD", "SCPD-U5", "SCPD-U5-E1",
                    draft.stem(), draft.options(), draft.explanation(), draft.difficulty()));
            bank.submit(author, item.id());
            fresh.add(bank.approve(approver, item.id()).id());
        }
        ApplicationDetails first = waitingForExam();
        ExamSitting firstSitting = sessions.start(candidate, first.id());
        java.util.Set<UUID> seen = new java.util.HashSet<>(store.form(firstSitting.sessionId()).stream()
                .map(SessionItem::itemId).toList());
        // route both: the exam passes the units the portfolio does not cover (SCPD-U1, U2, U4), the assessor
        // SCPD-U3 and not SCPD-U5; the officer certifies what passed
        for (SessionItem item : store.form(firstSitting.sessionId())) {
            if (!item.unitCode().equals("SCPD-U5")) {
                sessions.answer(candidate, firstSitting.sessionId(), item.position(), correctShown(item));
            }
        }
        sessions.submit(candidate, firstSitting.sessionId());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = claimedTask(first, assessor);
        staffTasks.completeAssessment(assessor, assessment, new eu.skills4cities.citycert.inbox.AssessmentSubmission(
                java.util.stream.Stream.of("SCPD-U3", "SCPD-U5")
                        .map(u -> new eu.skills4cities.citycert.assessment.UnitScore(u,
                                new BigDecimal(u.endsWith("U5") ? "40" : "80"), Map.of())).toList(),
                "Portfolio and exam judged."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String decision = claimedTask(first, officer);
        staffTasks.completeDecision(officer, decision, new eu.skills4cities.citycert.inbox.DecisionSubmission(
                eu.skills4cities.citycert.assessment.CertificationVerdict.CERTIFY, "Four units certified.", true));
        ProcessPaths.runAsyncJob(engine, processOf(first).getId());
        assertThat(applications.details(first.id()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);

        ApplicationDetails retake = retakes.startRetake(candidate, first.id(), true);
        // the retake's process chooses its route at its start: the exam, for the units it retakes
        ProcessInstance retakeProcess = processOf(retake);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(retakeProcess)
                .isWaitingAt(CertificationProcess.ACTIVITY_SIT_EXAM)
                .hasNotPassed(CertificationProcess.ACTIVITY_REVIEW);
        assertThat(CertificationProcess.examUnits(engine.getRuntimeService().getVariable(retakeProcess.getId(),
                CertificationProcess.VAR_EXAM_UNITS))).containsExactly("SCPD-U5");
        ExamSitting second = sessions.start(candidate, retake.id());
        List<SessionItem> form = store.form(second.sessionId());
        // SCPD-U5 has two elements, four items each
        assertThat(form).hasSize(8).allSatisfy(i -> assertThat(i.unitCode()).isEqualTo("SCPD-U5"));
        // on SCPD-U5-E1 the bank has eight items, four of them seen in the first sitting: the form takes the
        // other four; on SCPD-U5-E2 it has only the four seen ones, which the form takes again
        java.util.Set<UUID> unseen = new java.util.HashSet<>(items.all(new ItemFilter("SCPD", "SCPD-U5", "SCPD-U5-E1",
                ItemStatus.APPROVED, null)).stream().map(ExamItem::id).toList());
        assertThat(unseen).hasSize(8).containsAll(fresh);
        unseen.removeAll(seen);
        assertThat(unseen).hasSize(4);
        assertThat(form.stream().filter(i -> i.elementCode().equals("SCPD-U5-E1")).map(SessionItem::itemId))
                .containsExactlyInAnyOrderElementsOf(unseen);
        assertThat(form.stream().filter(i -> i.elementCode().equals("SCPD-U5-E2")).map(SessionItem::itemId))
                .hasSize(4).allSatisfy(id -> assertThat(seen).contains(id));
    }

    /** No answer to a candidate holds a correct option, an explanation or an item's id. */
    private static void assertNoKey(String body) {
        assertThat(body).doesNotContain("\"correct\"").doesNotContain("explanation").doesNotContain("itemId");
    }

    /** SCPD (routes exam and portfolio) at "Sit the exam", after its review. */
    private ApplicationDetails waitingForExam() {
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        complete(task(processOf(application)), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        return application;
    }

    private void routes(ApplicationDetails application, String routes) {
        engine.getRuntimeService().setVariable(application.processInstanceId(),
                CertificationProcess.VAR_ASSESSMENT_ROUTES, routes);
    }

    /** The application's open task, claimed by the person. */
    private String claimedTask(ApplicationDetails application, CurrentUser person) {
        String taskId = task(processOf(application)).getId();
        staffTasks.claim(person, taskId);
        return taskId;
    }

    private List<Integer> correctShown(SessionItem item) {
        ExamItem bank = items.find(item.itemId()).orElseThrow();
        return IntStream.range(0, item.optionOrder().size())
                .filter(shown -> bank.options().get(item.optionOrder().get(shown)).correct()).boxed().toList();
    }

    private List<Integer> wrongShown(SessionItem item) {
        ExamItem bank = items.find(item.itemId()).orElseThrow();
        return IntStream.range(0, item.optionOrder().size())
                .filter(shown -> !bank.options().get(item.optionOrder().get(shown)).correct()).limit(1).boxed()
                .toList();
    }

    private ProcessInstance processOf(ApplicationDetails application) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(applications.details(application.id()).processInstanceId()).singleResult();
    }

    private ProcessInstance runningProcess(String id) {
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
                .singleResult();
        assertThat(running).isNotNull();
        return running;
    }

    private List<String> sessionProcesses() {
        return new ArrayList<>(jdbc.sql("SELECT process_instance_id FROM exam_session WHERE process_instance_id "
                + "IS NOT NULL").query(String.class).list());
    }

    private List<String> auditActions(UUID applicationId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = ? ORDER BY sequence").param(applicationId.toString())
                .query(String.class).list();
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
