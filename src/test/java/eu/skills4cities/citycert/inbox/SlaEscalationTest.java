package eu.skills4cities.citycert.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMailUtil;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static eu.skills4cities.citycert.application.CertificationProcess.ACTIVITY_ASSESS;
import static eu.skills4cities.citycert.application.CertificationProcess.ACTIVITY_DECIDE;
import static eu.skills4cities.citycert.application.CertificationProcess.ACTIVITY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SLA escalation, modelled as non-interrupting BPMN timers on the staff tasks. The test
 * configuration ({@code application-test.yml}) gives the review an address as its lead and
 * an escalation after 11 days, the decision an account as its lead, and the assessment no
 * lead and the default escalation (two days after it is due).
 */
@CityCertSpringTest
class SlaEscalationTest {

    private static final String REVIEW_LEAD = "review-lead@test.citycert.test";
    private static final String DECISION_LEAD = "sla-decision-lead";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskEscalations escalations;
    @Autowired
    UserAccountService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private ApplicationDetails application;
    private ProcessInstance process;

    @BeforeEach
    void anApplicationWaitsForReview() {
        init(engine);
        application = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
        process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(application.processInstanceId()).singleResult();
    }

    @Test
    void each_staff_task_gets_an_escalation_timer_after_its_stages_configured_duration() {
        assertThat(escalationTimer("Event_ReviewWaitedTooLong").getDuedate().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofDays(11)), within());

        complete(task(process), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        assertThat(process).isWaitingAt(ACTIVITY_ASSESS);
        assertThat(escalationTimer("Event_AssessmentWaitedTooLong").getDuedate().toInstant())
                .as("no setting: two days after the assessment is due (P20D)")
                .isCloseTo(Instant.now().plus(Duration.ofDays(22)), within());

        complete(task(process), withVariables("assessmentVerdict", "COMPETENT", "assessmentComment", "Good."));
        assertThat(process).isWaitingAt(ACTIVITY_DECIDE);
        assertThat(escalationTimer("Event_DecisionWaitedTooLong").getDuedate().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within());
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers().count())
                .as("the timers of finished tasks are gone").isEqualTo(1);
    }

    @Test
    void an_escalated_review_stays_open_with_its_assignee_is_marked_and_its_lead_is_mailed() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String taskId = task(process).getId();
        tasks.claim(reviewer, taskId);
        assertThat(tasks.get(reviewer, taskId).escalated()).isFalse();

        engine.getManagementService().executeJob(escalationTimer("Event_ReviewWaitedTooLong").getId());

        assertThat(process).isWaitingAt(ACTIVITY_REVIEW).hasPassed(CertificationProcess.ACTIVITY_ESCALATE_REVIEW,
                "Event_ReviewEscalated");
        StaffTask escalated = tasks.get(reviewer, taskId);
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.assignee()).isEqualTo(reviewer.username());
        assertThat(task(process).getPriority()).isEqualTo(StaffTask.ESCALATED_PRIORITY);
        assertThat(escalations.of(reviewer, taskId)).hasValueSatisfying(escalation -> {
            assertThat(escalation.stage()).isEqualTo(CertificationProcess.Stage.REVIEW);
            assertThat(escalation.notified()).containsExactly(REVIEW_LEAD);
            assertThat(escalation.escalatedAt()).isCloseTo(Instant.now(), within());
        });
        MimeMessage mail = lastMailTo(REVIEW_LEAD, application.number());
        assertThat(mail.getSubject())
                .isEqualTo("Escalated: Evidence review of application " + application.number() + " has waited too long");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("Claimed by: " + reviewer.username())
                .contains("/inbox/" + taskId);

        complete(task(process), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        assertThat(process).as("the escalation did not end the review").isWaitingAt(ACTIVITY_ASSESS);
    }

    @Test
    void an_escalated_task_is_marked_in_the_json_api() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String taskId = task(process).getId();

        engine.getManagementService().executeJob(escalationTimer("Event_ReviewWaitedTooLong").getId());

        mvc.perform(get("/api/tasks/{id}", taskId).with(httpBasic(reviewer.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalated").value(true));
    }

    @Test
    void the_inbox_lists_only_escalated_tasks_when_asked_in_the_service_and_the_json_api() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        ApplicationDetails waitingLess = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPD"));
        String escalatedTask = task(process).getId();
        engine.getManagementService().executeJob(escalationTimer("Event_ReviewWaitedTooLong").getId());
        InboxQuery escalatedOnly = new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, null, null,
                InboxQuery.Sort.PRIORITY, true, true);

        assertThat(inbox.inbox(reviewer, escalatedOnly, 0, 1000)).extracting(StaffTask::id).contains(escalatedTask)
                .allSatisfy(id -> assertThat(tasks.get(reviewer, id).escalated()).isTrue());
        assertThat(inbox.inbox(reviewer, escalatedOnly, 0, 1000)).extracting(StaffTask::applicationId)
                .doesNotContain(waitingLess.id());
        mvc.perform(get("/api/tasks").param("scope", "ALL_GROUPS").param("escalated", "true")
                        .param("search", waitingLess.number())
                        .with(httpBasic(reviewer.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/tasks").param("scope", "ALL_GROUPS").param("escalated", "true")
                        .param("search", application.number())
                        .with(httpBasic(reviewer.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].escalated").value(true));
    }

    @Test
    void with_no_lead_for_the_stage_every_administrator_is_mailed() throws Exception {
        CurrentUser administrator = accounts.create(Role.ADMIN);
        complete(task(process), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));

        engine.getManagementService().executeJob(escalationTimer("Event_AssessmentWaitedTooLong").getId());

        assertThat(process).isWaitingAt(ACTIVITY_ASSESS).hasPassed(CertificationProcess.ACTIVITY_ESCALATE_ASSESSMENT);
        assertThat(lastMailTo(accounts.email(administrator), application.number()).getSubject())
                .isEqualTo("Escalated: Assessment of application " + application.number() + " has waited too long");
        assertThat(escalations.of(accounts.create(Role.ASSESSOR), task(process).getId()).orElseThrow().notified())
                .as("every administrator, the demo one too").contains(administrator.username(), "admin")
                .doesNotContain(REVIEW_LEAD);
    }

    @Test
    void a_lead_named_by_username_is_mailed_at_the_address_of_that_account() throws Exception {
        if (!users.exists(DECISION_LEAD)) {
            users.create(new NewAccount(DECISION_LEAD, "Lena Lead", DECISION_LEAD + "@test.citycert.test",
                    TestAccounts.PASSWORD, Set.of(Role.CERTIFICATION_OFFICER)));
        }
        complete(task(process), withVariables("reviewVerdict", "SUFFICIENT", "reviewComment", "Fine."));
        complete(task(process), withVariables("assessmentVerdict", "COMPETENT", "assessmentComment", "Good."));

        engine.getManagementService().executeJob(escalationTimer("Event_DecisionWaitedTooLong").getId());

        assertThat(process).isWaitingAt(ACTIVITY_DECIDE).hasPassed(CertificationProcess.ACTIVITY_ESCALATE_DECISION);
        MimeMessage mail = lastMailTo(DECISION_LEAD + "@test.citycert.test", application.number());
        assertThat(GreenMailUtil.getBody(mail)).startsWith("Dear Lena Lead,");
        assertThat(jdbc.sql("SELECT notified FROM task_escalation WHERE application = ?").param(application.id())
                .query(String.class).single()).isEqualTo(DECISION_LEAD);
    }

    private Job escalationTimer(String boundaryEventId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(boundaryEventId).singleResult();
    }

    /** The escalation mail about this test's application, queued once and delivered (other tests escalate others). */
    private MimeMessage lastMailTo(String recipient, String applicationNumber) {
        String about = "application " + applicationNumber + " ";
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ? AND subject LIKE ?")
                .params(recipient, "%" + about + "%").query(Long.class).single())
                .as("escalation mails queued for " + recipient).isEqualTo(1);
        return mailServer.awaitMessageTo(recipient, about);
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES);
    }
}
