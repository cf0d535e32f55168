package eu.skills4cities.citycert.certificate.renewal;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.audit.CaseRecord;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess.Outcome;
import eu.skills4cities.citycert.certificate.signing.SealValidation;
import eu.skills4cities.citycert.certificate.signing.SigningKeys;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * One test per path of the renewal inside {@code processes/certificate-lifecycle.bpmn}, the engine's clock
 * moved to each timer rather than waited for: accepted (the successor issued, the old instance ended as
 * renewed), more needed and answered, more needed and lapsed, refused, and left unchecked until the
 * certificate expires. The last check is the gate of the renewal's elements: every one is passed here.
 */
@CityCertSpringTest
public class RenewalProcessTest {

    private static final Set<String> INSTANCES = new HashSet<>();
    private static ProcessEngine sharedEngine;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRenewals testRenewals;
    @Autowired
    Renewals renewals;
    @Autowired
    RenewalChecks checks;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MailOutbox mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SigningKeys keys;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    CaseRecord caseRecord;

    CurrentUser reviewer;

    @BeforeEach
    void setUp() {
        init(engine);
        sharedEngine = engine;
        reviewer = accounts.create(Role.REVIEWER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_accepted_renewal_issues_the_successor_and_ends_the_old_certificates_process_as_renewed() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        Renewal renewal = testRenewals.submit(certificate);
        assertThat(process).isWaitingAt(RenewalProcess.ACTIVITY_CHECK);
        assertThat(mailsTo(certificate, "renewal of certificate " + certificate.number() + " was received"))
                .singleElement().extracting(MailMessage::body).asString()
                .contains("with one CPD activity.", "/certificates/" + certificate.number() + "/renewal");
        String task = checkTask(process).getId();

        checks.claim(reviewer, task);
        checks.decide(reviewer, task, Outcome.ACCEPT, "", true);
        assertThat(process).isWaitingAt(RenewalProcess.ACTIVITY_ISSUE_SUCCESSOR);
        runAsyncJob(process);

        assertThat(process).hasPassed(RenewalProcess.ACTIVITY_ISSUE_SUCCESSOR, RenewalProcess.END_RENEWED).isEnded();
        Renewal accepted = renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(RenewalStatus.ACCEPTED);
        assertThat(accepted.reviewer()).isEqualTo(reviewer.username());
        CertificateInfo successor = certificates.byNumber(accepted.successorNumber()).orElseThrow();
        assertThat(successor.holderUsername()).isEqualTo(certificate.holderUsername());
        assertThat(successor.validUntil()).as("validity continues from the old one's last day")
                .isEqualTo(CertificateService.validUntil(certificate.validUntil().plusDays(1), 24));
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().supersededBy()).isEqualTo(successor.id());
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().status(TestRenewals.today()))
                .isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(successor.number())
                .count()).as("the successor has its own lifecycle").isOne();
        assertThat(mailsTo(certificate, "is renewed: " + successor.number())).hasSize(1);
        // the successor's seal passes EU DSS with the certification body's root as the only trust anchor
        SimpleReport report = SealValidation.validate(certificates.pdf(TestRenewals.holderOf(certificate),
                successor.number()), keys.root().orElseThrow());
        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(auditActions(certificate)).contains("RENEWAL_SUBMITTED", "RENEWAL_ACCEPT", "RENEWAL_RENEWED");
        assertThat(renewal.id()).isEqualTo(accepted.id());
        // the application's case record tells the certificate's renewal, by the audit log's rows about it
        assertThat(caseRecord.of(accounts.create(Role.AUDITOR), certificate.applicationId()).entries())
                .extracting(entry -> entry.facts().get("action")).contains("RENEWAL_ACCEPT", "RENEWAL_RENEWED");
    }

    @Test
    void more_needed_goes_to_the_holder_and_their_answer_back_to_the_check() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        testRenewals.submit(certificate);
        String task = claimedCheck(process);

        assertThatThrownBy(() -> checks.decide(reviewer, task, Outcome.MORE_NEEDED, " ", true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("problem.renewal.text-missing.MORE_NEEDED");
        checks.decide(reviewer, task, Outcome.MORE_NEEDED, "Please add the course's attendance certificate.", true);

        assertThat(process).isWaitingAt(RenewalProcess.ACTIVITY_ANSWER);
        Task answer = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_ANSWER).singleResult();
        assertThat(answer.getAssignee()).isEqualTo(certificate.holderUsername());
        Renewal asked = renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow();
        assertThat(asked.status()).isEqualTo(RenewalStatus.MORE_NEEDED);
        assertThat(asked.openRequest()).get().extracting(Renewal.Request::text)
                .isEqualTo("Please add the course's attendance certificate.");
        assertThat(mailsTo(certificate, "more is needed")).hasSize(1);

        renewals.answer(TestRenewals.holderOf(certificate), certificate.number(), "Attached.",
                List.of(new Renewals.NewDocument("attendance.pdf", "application/pdf", new byte[] {1, 2, 3})));

        assertThat(process).isWaitingAt(RenewalProcess.ACTIVITY_CHECK);
        Renewal answered = renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow();
        assertThat(answered.status()).isEqualTo(RenewalStatus.SUBMITTED);
        assertThat(answered.requests()).singleElement().extracting(Renewal.Request::answer).isEqualTo("Attached.");
        assertThat(answered.documents()).extracting(Renewal.Document::fileName).containsExactly("attendance.pdf");
        assertThat(checkTask(process).getAssignee()).as("back in the reviewers' queue").isNull();
    }

    @Test
    void an_unanswered_request_is_reminded_then_lapses_and_the_certificate_expires_at_its_date() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        testRenewals.submit(certificate);
        String task = claimedCheck(process);
        checks.decide(reviewer, task, Outcome.MORE_NEEDED, "Which units did the course cover?", true);

        fire(timerAt(process, RenewalProcess.EVENT_ANSWER_REMINDER_DUE));
        runAsyncJobs(process);
        assertThat(mailsTo(certificate, "Reminder: answer the request")).hasSize(1);

        fire(timerAt(process, RenewalProcess.EVENT_ANSWER_DEADLINE));
        runAsyncJobs(process);

        assertThat(process).hasPassed(RenewalProcess.ACTIVITY_RECORD_LAPSE, RenewalProcess.END_LAPSED)
                .isNotEnded();
        assertThat(renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow().status())
                .isEqualTo(RenewalStatus.LAPSED);
        assertThat(mailsTo(certificate, "has lapsed")).hasSize(1);

        expire(process);
        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED).isEnded();
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("EXPIRED");
    }

    @Test
    void a_refused_renewal_is_mailed_with_its_reason_and_the_certificate_runs_on_to_its_expiry() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        testRenewals.submit(certificate);
        String task = claimedCheck(process);

        assertThatThrownBy(() -> checks.decide(reviewer, task, Outcome.REFUSE, "", true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("problem.renewal.text-missing.REFUSE");
        assertThatThrownBy(() -> checks.decide(reviewer, task, Outcome.REFUSE, "Not relevant.", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("problem.renewal.conflict-declaration");
        checks.decide(reviewer, task, Outcome.REFUSE, "The activities are not about the role.", true);

        assertThat(process).hasPassed(RenewalProcess.END_REFUSED).isNotEnded()
                .isWaitingAt(LifecycleProcess.EVENT_REMINDER_DUE);
        Renewal refused = renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow();
        assertThat(refused.status()).isEqualTo(RenewalStatus.REFUSED);
        assertThat(refused.reason()).isEqualTo("The activities are not about the role.");
        assertThat(mailsTo(certificate, "was refused")).singleElement().extracting(MailMessage::body).asString()
                .contains("The activities are not about the role.");
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("ACTIVE");
        assertThat(auditActions(certificate)).contains("RENEWAL_REFUSE");

        expire(process);
        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED).isEnded();
    }

    @Test
    void a_renewal_still_unchecked_when_the_certificate_expires_lapses_with_it() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        testRenewals.submit(certificate);

        expire(process);

        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(renewals.latest(TestRenewals.holderOf(certificate), certificate.number()).orElseThrow().status())
                .isEqualTo(RenewalStatus.LAPSED);
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("EXPIRED");
    }

    @Test
    void a_certificate_not_renewed_by_its_expiry_expires() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);

        expire(process);

        assertThat(process).hasPassed(LifecycleProcess.END_EXPIRED).isEnded();
        assertThat(renewals.latest(TestRenewals.holderOf(certificate), certificate.number())).isEmpty();
        assertThat(mailsTo(certificate, "has expired")).hasSize(1);
    }

    @Test
    void the_holder_may_not_check_their_own_renewal_not_even_through_the_engine() {
        CertificateInfo certificate = testRenewals.inWindow();
        ProcessInstance process = processOf(certificate);
        Renewal renewal = testRenewals.submit(certificate);
        String task = checkTask(process).getId();

        assertThat(checks.partiality(renewal.id(), certificate.holderUsername())).get()
                .extracting(m -> m.key()).isEqualTo("problem.renewal.own-certificate");
        assertThatThrownBy(() -> engine.getTaskService().claim(task, certificate.holderUsername()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThat(checks.partiality(renewal.id(), reviewer.username())).isEmpty();
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        assertThatThrownBy(() -> checks.open(candidate))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        CurrentUser second = accounts.create(Role.REVIEWER);
        checks.claim(reviewer, task);
        assertThatThrownBy(() -> checks.decide(second, task, Outcome.ACCEPT, "", true))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void a_reviewer_who_reviewed_the_certificates_application_may_not_check_its_renewal() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));
        String review = engine.getTaskService().createTaskQuery()
                .processInstanceId(applications.details(application.id()).processInstanceId()).singleResult().getId();
        staffTasks.claim(reviewer, review);
        staffTasks.completeReview(reviewer, review,
                TestStaffWork.review(staffTasks, reviewer, review, ReviewVerdict.SUFFICIENT, "Complete."));
        CertificateInfo certificate = testRenewals.inWindow(certificates.issue(application.id()).get(0));
        ProcessInstance process = processOf(certificate);
        Renewal renewal = testRenewals.submit(certificate);
        String task = checkTask(process).getId();

        assertThatThrownBy(() -> checks.claim(reviewer, task)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("problem.renewal.impartiality");
        assertThatThrownBy(() -> engine.getTaskService().claim(task, reviewer.username()))
                .as("the engine refuses it too").isInstanceOf(ProcessEngineException.class);
        assertThat(checkTask(process).getAssignee()).isNull();
        CurrentUser other = accounts.create(Role.REVIEWER);
        assertThat(checks.partiality(renewal.id(), other.username())).isEmpty();
        checks.claim(other, task);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(other.username());
    }

    /** The renewal's elements (its event sub-process and the instance's "Renewed" end) are each passed here. */
    @AfterAll
    static void every_element_of_the_renewal_is_covered() {
        BpmnModelInstance model = sharedEngine.getRepositoryService().getBpmnModelInstance(
                sharedEngine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(LifecycleProcess.PROCESS_KEY).latestVersion().singleResult().getId());
        Set<String> elements = renewalElements(model);
        Set<String> passed = new HashSet<>();
        for (String instance : INSTANCES) {
            sharedEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                    .stream().map(HistoricActivityInstance::getActivityId).forEach(passed::add);
        }
        elements.removeAll(passed);
        assertThat(elements).as("elements of the renewal no path test passes").isEmpty();
    }

    /** The flow nodes of the renewal path: the event sub-process, what is in it, and the "Renewed" end. */
    public static Set<String> renewalElements(BpmnModelInstance model) {
        Set<String> elements = new HashSet<>();
        SubProcess renewal = model.getModelElementById(RenewalProcess.SUBPROCESS_RENEWAL);
        elements.add(renewal.getId());
        renewal.getChildElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
        elements.add("Event_RenewedCaught");
        elements.add(RenewalProcess.END_RENEWED);
        return elements;
    }

    // ---- helpers

    private ProcessInstance processOf(CertificateInfo certificate) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(certificate.number())
                .singleResult();
        assertThat(process).isNotNull();
        INSTANCES.add(process.getId());
        return process;
    }

    private Task checkTask(ProcessInstance process) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult();
        assertThat(task).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
                .taskCandidateGroup(RenewalProcess.REVIEWERS_GROUP).count()).isOne();
        return task;
    }

    /** The open check, claimed by the reviewer. */
    private String claimedCheck(ProcessInstance process) {
        String task = checkTask(process).getId();
        checks.claim(reviewer, task);
        return task;
    }

    private Job timerAt(ProcessInstance process, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).singleResult();
        assertThat(job).as("timer at %s", activityId).isNotNull();
        return job;
    }

    /** Moves the engine's clock through the reminder ladder to the end of the last valid day. */
    private void expire(ProcessInstance process) {
        for (int rung = 0; rung < 5 && engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .timers().activityId(LifecycleProcess.EVENT_REMINDER_DUE).count() > 0; rung++) {
            fire(timerAt(process, LifecycleProcess.EVENT_REMINDER_DUE));
            runAsyncJobs(process);
        }
        fire(timerAt(process, LifecycleProcess.EVENT_LAST_VALID_DAY_ENDS));
        runAsyncJobs(process);
    }

    private void fire(Job timer) {
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        engine.getManagementService().executeJob(timer.getId());
    }

    private void runAsyncJob(ProcessInstance process) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .messages().list();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());
    }

    /** Runs the asynchronous steps that are due, one at a time, until none is. */
    private void runAsyncJobs(ProcessInstance process) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                    .messages().list();
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0).getId());
        }
    }

    private List<MailMessage> mailsTo(CertificateInfo certificate, String subjectContains) {
        String holder = accounts.email(TestRenewals.holderOf(certificate));
        return mail.recentTo(List.of(holder), 50).stream()
                .filter(message -> message.subject().contains(subjectContains)).toList();
    }

    private List<String> auditActions(CertificateInfo certificate) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_id = ? ORDER BY sequence")
                .param(certificate.id().toString()).query(String.class).list();
    }
}
