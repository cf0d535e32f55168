package eu.skills4cities.citycert.appeal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * One test per path of {@code processes/appeal.bpmn}, the engine's clock moved to each timer's due
 * date rather than waited for: upheld against a withdrawal (the certificate active again at once) and
 * against a suspension, rejected, the progress notice when the answer is overdue, a request for more
 * answered, and one reminded and lapsed. The last check is this BPMN's coverage gate: every flow node
 * is passed by some test here.
 */
@CityCertSpringTest
class AppealProcessTest {

    private static final Set<String> INSTANCES = new HashSet<>();
    private static ProcessEngine sharedEngine;

    @Autowired
    ProcessEngine engine;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealService appeals;
    @Autowired
    AppealPanel panel;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateVerification verification;
    @Autowired
    MailOutbox mail;
    @Autowired
    JdbcClient jdbc;

    CurrentUser officer;
    CurrentUser member;

    @BeforeEach
    void setUp() {
        init(engine);
        sharedEngine = engine;
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        member = accounts.create(Role.APPEALS_PANEL);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_upheld_appeal_reverses_a_withdrawal_at_once() {
        CertificateInfo certificate = fixture.decided(officer, StatusDecision.WITHDRAW);
        CurrentUser holder = AppealFixture.holderOf(certificate);
        Appeal appeal = fixture.appeal(holder, ContestedKind.WITHDRAWN);

        assertThat(appeal.number()).matches("AP-\\d{4}-\\d{6}");
        assertThat(appeal.status()).isEqualTo(AppealStatus.OPEN);
        assertThat(appeal.documents()).extracting(AppealDocument::fileName).containsExactly("letter.pdf");
        assertThat(mailsTo(holder, "Your appeal " + appeal.number() + " has been received")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(AppealMail.date(appeal.dueAt())));
        ProcessInstance process = processOf(appeal);
        assertThat(process).isWaitingAt(AppealProcess.ACTIVITY_DECIDE);
        Task task = decideTask(process);
        assertThat(task.getDueDate().toInstant()).isEqualTo(appeal.dueAt());

        panel.claim(member, appeal.id());
        panel.note(member, appeal.id(), "Called the former employer: the letter is theirs.");
        Appeal decided = panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The letter is genuine.", true);

        assertThat(decided.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(process).isEnded().hasPassed(AppealProcess.ACTIVITY_ACT_ON_UPHELD, AppealProcess.END_UPHELD);
        assertThat(certificates.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("ACTIVE");
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("certificate-lifecycle")
                .processInstanceBusinessKey(certificate.number()).count()).as("its lifecycle runs again").isOne();
        assertThat(mailsTo(holder, "Your appeal " + appeal.number() + " has been upheld")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("The letter is genuine."));
        assertThat(appeals.get(holder, appeal.id()).notes()).as("the panel's notes stay with the panel").isEmpty();
        assertThat(auditActions(appeal)).contains("APPEAL_SUBMITTED", "APPEAL_CLAIMED", "APPEAL_NOTE", "APPEAL_UPHELD");
    }

    @Test
    void an_upheld_appeal_lifts_a_suspension() {
        CertificateInfo certificate = fixture.decided(officer, StatusDecision.SUSPEND);
        Appeal appeal = fixture.appeal(AppealFixture.holderOf(certificate), ContestedKind.SUSPENDED);
        ProcessInstance process = processOf(appeal);

        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The complaint was unfounded.", true);

        assertThat(process).isEnded().hasPassed(AppealProcess.END_UPHELD);
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.ACTIVE);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number()).count())
                .as("the officers' decision on the suspension is no longer open").isZero();
    }

    @Test
    void a_rejected_appeal_leaves_the_decision_standing() {
        Appealed a = appealedWithdrawal();

        panel.claim(member, a.appeal().id());
        panel.decide(member, a.appeal().id(), AppealOutcome.REJECTED, "The letter was forged.", true);

        assertThat(a.process()).isEnded().hasPassed(AppealProcess.END_REJECTED)
                .hasNotPassed(AppealProcess.ACTIVITY_ACT_ON_UPHELD);
        assertThat(verification.verifyNumber(a.certificate().number()).certificate().status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
        assertThat(appeals.get(a.holder(), a.appeal().id()).outcomeReason()).isEqualTo("The letter was forged.");
        assertThat(mailsTo(a.holder(), "Your appeal " + a.appeal().number() + " has been rejected")).hasSize(1);
    }

    @Test
    void an_overdue_answer_sends_the_appellant_a_progress_notice_and_escalates() {
        Appealed a = appealedWithdrawal();

        Job timer = timer(a.process());
        assertThat(timer.getDuedate().toInstant()).isEqualTo(a.appeal().dueAt());
        fire(timer);
        runAsyncJob(a.process());

        assertThat(a.process()).hasPassed(AppealProcess.ACTIVITY_SEND_PROGRESS_NOTICE, AppealProcess.EVENT_ANSWER_OVERDUE)
                .isWaitingAt(AppealProcess.ACTIVITY_DECIDE);
        assertThat(mailsTo(a.holder(), "Your appeal " + a.appeal().number() + ": where things stand")).hasSize(1);
        assertThat(decideTask(a.process()).getPriority()).isEqualTo(AppealPanel.ESCALATED_PRIORITY);
        assertThat(panel.open(member).stream().filter(p -> p.appeal().id().equals(a.appeal().id())).findFirst()
                .orElseThrow().escalated()).isTrue();
    }

    @Test
    void a_request_for_more_answered_goes_back_to_the_panel() {
        Appealed a = appealedWithdrawal();

        panel.claim(member, a.appeal().id());
        panel.requestInformation(member, a.appeal().id(), "Send the employer's contact details.");
        assertThat(a.process()).isWaitingAt(AppealProcess.ACTIVITY_PROVIDE_INFORMATION);
        assertThat(appeals.get(a.holder(), a.appeal().id()).status()).isEqualTo(AppealStatus.AWAITING_APPELLANT);
        assertThat(mailsTo(a.holder(), "The appeals panel asks for more on your appeal " + a.appeal().number())).hasSize(1);

        Appeal answered = appeals.answer(a.holder(), a.appeal().id(), "Ms Example, +49 30 123456.", List.of());

        assertThat(answered.status()).isEqualTo(AppealStatus.OPEN);
        assertThat(answered.notes()).extracting(AppealNote::kind).containsExactly("REQUEST", "ANSWER");
        assertThat(a.process()).isWaitingAt(AppealProcess.ACTIVITY_DECIDE);
        assertThatThrownBy(() -> appeals.answer(a.holder(), a.appeal().id(), "Again.", List.of()))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void an_unanswered_request_is_reminded_and_then_lapses() {
        Appealed a = appealedWithdrawal();
        panel.claim(member, a.appeal().id());
        panel.requestInformation(member, a.appeal().id(), "Send the employer's contact details.");

        Job reminder = timerAt(a.process(), AppealProcess.EVENT_INFORMATION_REMINDER_DUE);
        fire(reminder);
        runAsyncJob(a.process());
        assertThat(mailsTo(a.holder(), "Reminder: the appeals panel awaits your answer on appeal " + a.appeal().number()))
                .hasSize(1);

        Job deadline = timerAt(a.process(), AppealProcess.EVENT_INFORMATION_DEADLINE_PASSED);
        fire(deadline);
        runAsyncJob(a.process());

        assertThat(a.process()).isEnded().hasPassed(AppealProcess.ACTIVITY_RECORD_LAPSE, AppealProcess.END_LAPSED);
        assertThat(appeals.get(a.holder(), a.appeal().id()).status()).isEqualTo(AppealStatus.LAPSED);
        assertThat(mailsTo(a.holder(), "Your appeal " + a.appeal().number() + " has lapsed")).hasSize(1);
        assertThat(verification.verifyNumber(a.certificate().number()).certificate().status())
                .isEqualTo(CertificateStatus.WITHDRAWN);
    }

    /** This BPMN's coverage gate: every flow node of it is passed by one of the paths above. */
    @AfterAll
    static void every_element_of_the_appeal_process_is_covered() {
        Set<String> elements = ProcessPaths.unpassed(sharedEngine,
                ProcessPaths.model(sharedEngine, AppealProcess.PROCESS_KEY), INSTANCES);
        assertThat(elements).as("elements of the appeal process no path test passes").isEmpty();
    }

    // ---- helpers

    /** A certificate the officer withdrew, appealed by its holder. */
    private record Appealed(CertificateInfo certificate, CurrentUser holder, Appeal appeal, ProcessInstance process) {
    }

    private Appealed appealedWithdrawal() {
        CertificateInfo certificate = fixture.decided(officer, StatusDecision.WITHDRAW);
        CurrentUser holder = AppealFixture.holderOf(certificate);
        Appeal appeal = fixture.appeal(holder, ContestedKind.WITHDRAWN);
        return new Appealed(certificate, holder, appeal, processOf(appeal));
    }

    private ProcessInstance processOf(Appeal appeal) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AppealProcess.PROCESS_KEY).processInstanceBusinessKey(appeal.number())
                .singleResult();
        INSTANCES.add(process.getId());
        return process;
    }

    private Task decideTask(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(AppealProcess.ACTIVITY_DECIDE).singleResult();
    }

    private Job timer(ProcessInstance process) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .singleResult();
    }

    private Job timerAt(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(activityId).singleResult();
    }

    private void fire(Job timer) {
        ProcessPaths.fire(engine, timer);
    }

    private void runAsyncJob(ProcessInstance process) {
        ProcessPaths.runAsyncJob(engine, process.getId());
    }

    private List<MailMessage> mailsTo(CurrentUser user, String subject) {
        String email = accounts.email(user);
        return mail.recentTo(List.of(email), 50).stream().filter(m -> m.subject().equals(subject)).toList();
    }

    private List<String> auditActions(Appeal appeal) {
        return jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'appeal' AND object_id = ? ORDER BY sequence")
                .param(appeal.id().toString()).query(String.class).list();
    }
}
