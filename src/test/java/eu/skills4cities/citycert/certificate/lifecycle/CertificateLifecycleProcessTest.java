package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcessTest;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * One test per path of {@code processes/certificate-lifecycle.bpmn}, the engine's clock moved to each
 * timer's due date rather than waited for: the reminder ladder and expiry, a suspension lifted, a
 * suspension ending in withdrawal, a suspension whose maximum period ends in escalation (and again),
 * a withdrawal, a supersession. The last check is this BPMN's coverage gate: every element of it is
 * passed by some test here.
 */
@CityCertSpringTest
class CertificateLifecycleProcessTest {

    /** The process instances this class started, for its coverage gate. */
    private static final Set<String> INSTANCES = new HashSet<>();
    private static ProcessEngine sharedEngine;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestCertificates testCertificates;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateRegister register;
    @Autowired
    CertificateLifecycle lifecycle;
    @Autowired
    Suspensions suspensions;
    @Autowired
    CertificateVerification verification;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MailOutbox mail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    eu.skills4cities.citycert.framework.FrameworkManagement frameworks;
    @Autowired
    eu.skills4cities.citycert.application.ApplicationService applications;

    CurrentUser officer;

    @BeforeEach
    void setUp() {
        init(engine);
        sharedEngine = engine;
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void the_holder_is_reminded_at_each_rung_and_the_certificate_expires_after_its_last_valid_day() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);
        Instant expiresAt = certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        for (int days : List.of(90, 30, 7)) {
            assertThat(process).isWaitingAt(LifecycleProcess.EVENT_REMINDER_DUE);
            Job timer = timer(process);
            assertThat(timer.getDuedate().toInstant()).isEqualTo(expiresAt.minus(Duration.ofDays(days)));
            fire(timer);
            runAsyncJob(process);
            assertThat(mailsTo(certificate, "expires in " + days + " days")).as("reminder %d days before", days)
                    .hasSize(1);
        }

        assertThat(process).isWaitingAt(LifecycleProcess.EVENT_LAST_VALID_DAY_ENDS);
        Job expiry = timer(process);
        assertThat(expiry.getDuedate().toInstant()).as("the end of the last valid day").isEqualTo(expiresAt);
        fire(expiry);
        runAsyncJob(process);

        assertThat(process).hasPassed(LifecycleProcess.ACTIVITY_RECORD_EXPIRY).isEnded();
        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED);
        CertificateInfo expired = certificates.byNumber(certificate.number()).orElseThrow();
        assertThat(expired.recordedStatus()).as("recorded, not only computed").isEqualTo("EXPIRED");
        assertThat(expired.status(LocalDate.now(ZoneOffset.UTC))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(register.entry(officer, certificate.number()).orElseThrow().status())
                .isEqualTo(CertificateStatus.EXPIRED);
        assertThat(mailsTo(certificate, "has expired")).hasSize(1);
    }

    @Test
    void a_reminder_is_mailed_once_per_rung_when_its_job_runs_again() {
        CertificateInfo certificate = testCertificates.issue();

        transactions.executeWithoutResult(status -> lifecycle.remind(certificate.number(), 90));
        transactions.executeWithoutResult(status -> lifecycle.remind(certificate.number(), 90));

        assertThat(mailsTo(certificate, "expires in 90 days")).hasSize(1);
    }

    @Test
    void a_suspension_starts_the_officers_decision_and_lifting_it_returns_to_the_ladder() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);

        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Complaint received.", true);

        Task decision = decisionTask(process);
        assertThat(decision.getName()).isEqualTo("Decide on the suspended certificate");
        Instant sixMonths = decision.getCreateTime().toInstant().atZone(ZoneOffset.UTC).plusMonths(6).toInstant();
        assertThat(Duration.between(sixMonths, decision.getDueDate().toInstant()).abs())
                .as("due when the maximum period (6 months by default) ends").isLessThan(Duration.ofMinutes(1));
        assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId())
                .taskCandidateGroup(LifecycleProcess.OFFICERS_GROUP).count()).isOne();

        register.decide(officer, certificate.number(), StatusDecision.REINSTATE, "Complaint not upheld.", true);

        assertThat(process).hasPassed(LifecycleProcess.END_REINSTATED).isWaitingAt(LifecycleProcess.EVENT_REMINDER_DUE);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("ACTIVE");
    }

    @Test
    void a_suspension_can_end_in_withdrawal_for_good() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Forged evidence suspected.", true);

        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Forged evidence confirmed.", true);

        assertThat(process).hasPassed(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED,
                LifecycleProcess.END_WITHDRAWN_AFTER_SUSPENSION).isEnded();
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
    }

    @Test
    void an_undecided_suspension_is_escalated_when_its_maximum_period_ends_and_again_until_decided() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Under investigation.", true);
        Task decision = decisionTask(process);

        Job first = escalationTimer(process);
        assertThat(first.getDuedate()).as("at the end of the maximum period").isEqualTo(decision.getDueDate());
        fire(first);
        runAsyncJob(process);

        assertThat(suspensions.escalations(certificate.number())).isEqualTo(1);
        assertThat(decisionTask(process).getPriority()).isGreaterThanOrEqualTo(Suspensions.ESCALATED_PRIORITY);
        assertThat(mail.recentTo(List.of(accounts.email(officer)), 10)).extracting(MailMessage::subject)
                .contains("Escalated: the suspension of certificate " + certificate.number() + " is undecided");
        assertThat(suspensions.open(officer, certificate.number())).get()
                .extracting(Suspensions.OpenSuspension::escalated).isEqualTo(true);

        Job second = escalationTimer(process);
        assertThat(second.getDuedate().toInstant()).as("a week later").isAfterOrEqualTo(
                first.getDuedate().toInstant().plus(Duration.ofDays(7)));
        fire(second);
        runAsyncJob(process);
        assertThat(suspensions.escalations(certificate.number())).isEqualTo(2);
        assertThat(process).hasPassed(LifecycleProcess.ACTIVITY_ESCALATE_SUSPENSION)
                .isWaitingAt(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED);

        register.decide(officer, certificate.number(), StatusDecision.REINSTATE, "Investigation closed.", true);
        assertThat(escalationTimers(process)).as("no escalation after the decision").isEmpty();
    }

    @Test
    void a_certificate_that_expires_while_suspended_is_expired_and_its_decision_task_closed() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);
        register.decide(officer, certificate.number(), StatusDecision.SUSPEND, "Under investigation.", true);

        for (int rung = 0; rung < 3; rung++) {
            fire(timerAt(process, LifecycleProcess.EVENT_REMINDER_DUE));
            runAsyncJob(process);
        }
        assertThat(mailsTo(certificate, "expires in")).as("no reminder while suspended").isEmpty();
        fire(timerAt(process, LifecycleProcess.EVENT_LAST_VALID_DAY_ENDS));
        runAsyncJobs(process);

        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("EXPIRED");
    }

    @Test
    void a_withdrawal_ends_the_process_and_the_verification_says_so_at_once() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);

        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Fraud confirmed.", true);

        assertThat(process).hasPassed(LifecycleProcess.END_WITHDRAWN).isEnded();
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(register.history(officer, certificate.number())).singleElement()
                .satisfies(change -> assertThat(change.noConflictDeclared()).isTrue());
    }

    @Test
    void a_superseded_certificate_ends_its_process() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);

        transactions.executeWithoutResult(status -> lifecycle.superseded(List.of(certificate.id())));

        assertThat(process).hasPassed(LifecycleProcess.END_SUPERSEDED).isEnded();
    }

    @Test
    void the_holder_is_told_once_when_the_chain_is_due_for_recertification() {
        String role = "TR" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = TestFrameworks.small().replace("TEST-SMALL", "RECERT-" + role).replace("TSTR", role)
                .replace("recertificationYears: 5", "recertificationYears: 1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CurrentUser admin = CurrentUser.of("recertification-admin", Role.ADMIN);
        frameworks.publish(admin, frameworks.importFile(admin, "recertification.yaml", file).id());
        CertificateInfo certificate = certificates.issue(applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application(role)).id()).get(0);
        ProcessInstance process = processOf(certificate);

        // one year after the first issue, less the ladder's first rung (60 days)
        Job notice = timerAt(process, LifecycleProcess.EVENT_RECERTIFICATION_DUE);
        assertThat(notice.getDuedate().toInstant()).isEqualTo(certificate.issuedOn().plusYears(1).minusDays(60)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
        fire(notice);
        runAsyncJob(process);

        assertThat(process).hasPassed(LifecycleProcess.ACTIVITY_TELL_RECERTIFICATION_DUE,
                LifecycleProcess.END_RECERTIFICATION_NOTICE).isWaitingAt(LifecycleProcess.EVENT_REMINDER_DUE);
        assertThat(mailsTo(certificate, "due for recertification")).hasSize(1);
        transactions.executeWithoutResult(status -> lifecycle.recertificationDue(certificate.number()));
        assertThat(mailsTo(certificate, "due for recertification")).as("once per certificate").hasSize(1);
    }

    @Test
    void a_certificate_not_due_for_recertification_while_valid_has_its_notice_after_its_expiry() {
        CertificateInfo certificate = testCertificates.issue();
        ProcessInstance process = processOf(certificate);

        Instant expiresAt = certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(timerAt(process, LifecycleProcess.EVENT_RECERTIFICATION_DUE).getDuedate().toInstant())
                .as("goes with the sub-process at the expiry").isAfter(expiresAt);
    }

    /** This BPMN's coverage gate: every flow node of it is passed by one of the paths above. */
    @AfterAll
    static void every_element_of_the_lifecycle_is_covered() {
        BpmnModelInstance model = ProcessPaths.model(sharedEngine, LifecycleProcess.PROCESS_KEY);
        Set<String> elements = ProcessPaths.unpassed(sharedEngine, model, INSTANCES);
        // the renewal's elements are gated by RenewalProcessTest, which has one test per renewal path
        elements.removeAll(RenewalProcessTest.renewalElements(model));
        assertThat(elements).as("elements of the lifecycle no path test passes").isEmpty();
    }

    // ---- helpers

    private ProcessInstance processOf(CertificateInfo certificate) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .singleResult();
        assertThat(process).as("one lifecycle process per certificate, keyed by its number").isNotNull();
        INSTANCES.add(process.getId());
        return process;
    }

    /** The process's one timer on the reminder ladder or at the expiry (the recertification notice's aside). */
    private Job timer(ProcessInstance process) {
        Set<String> notice = new HashSet<>(timerAt(process, LifecycleProcess.EVENT_RECERTIFICATION_DUE) == null ? List.of()
                : List.of(timerAt(process, LifecycleProcess.EVENT_RECERTIFICATION_DUE).getId()));
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .list().stream().filter(job -> !notice.contains(job.getId())).toList();
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    private Job timerAt(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).singleResult();
    }

    /** Runs the jobs that are due (the expiry's step, and the escalations the moved clock made due), until none is. */
    private void runAsyncJobs(ProcessInstance process) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            // one at a time: a job may end the instance and with it the others
            engine.getManagementService().executeJob(due.get(0).getId());
        }
    }

    private List<Job> escalationTimers(ProcessInstance process) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(LifecycleProcess.EVENT_SUSPENSION_PERIOD_OVER).list();
    }

    private Job escalationTimer(ProcessInstance process) {
        List<Job> timers = escalationTimers(process);
        assertThat(timers).hasSize(1);
        return timers.get(0);
    }

    /** Moves the engine's clock to the timer's due date and runs it. */
    private void fire(Job timer) {
        ProcessPaths.fire(engine, timer);
    }

    /** Runs the asynchronous step the timer led to. */
    private void runAsyncJob(ProcessInstance process) {
        ProcessPaths.runAsyncJob(engine, process.getId());
    }

    private Task decisionTask(ProcessInstance process) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).singleResult();
        assertThat(task).isNotNull();
        return task;
    }

    private List<MailMessage> mailsTo(CertificateInfo certificate, String subjectContains) {
        String holder = accounts.email(new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE)));
        return mail.recentTo(List.of(holder), 50).stream()
                .filter(message -> message.subject().contains(subjectContains)).toList();
    }
}
