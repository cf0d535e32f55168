package eu.skills4cities.citycert.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.ProcessPaths;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusChange;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * One test per path of {@code processes/complaint.bpmn}, the engine's clock moved to the due date
 * rather than waited for: not a complaint; about the body, upheld; about a certified person ending in
 * no action, a warning, a suspension (which the public verification shows) and a withdrawal; the
 * progress notice and the escalation of the open task when the due date passes; and impartiality inside the engine (the complainant, the
 * holder, the reviewer of the holder's certification). The last check is this
 * BPMN's coverage gate: every element of it is passed by some test here.
 */
@CityCertSpringTest
class ComplaintProcessTest {

    /** The process instances this class started, for its coverage gate. */
    private static final Set<String> INSTANCES = new HashSet<>();
    private static ProcessEngine sharedEngine;

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    ComplaintWork work;
    @Autowired
    ComplaintHolders holders;
    @Autowired
    CertificateService certificateService;
    @Autowired
    CertificateRegister register;
    @Autowired
    CertificateVerification verification;
    @Autowired
    TestCertificationPath path;
    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcClient jdbc;

    CurrentUser officer;
    CurrentUser complainant;

    @BeforeEach
    void setUp() {
        init(engine);
        sharedEngine = engine;
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        complainant = accounts.create(Role.CANDIDATE);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void not_a_complaint_is_closed_with_the_reason_mailed() {
        String number = complaints.aboutBody(complainant);
        ProcessInstance process = processOf(number);
        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_ACKNOWLEDGE)
                .isWaitingAt(ComplaintProcess.ACTIVITY_TRIAGE);
        assertThat(mails("has been received")).as("the acknowledgement names the number").singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains(number));

        work.triage(officer, number, Triage.NOT_A_COMPLAINT, "A question about fees, answered separately.");

        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_TELL_NOT_A_COMPLAINT,
                ComplaintProcess.END_NOT_A_COMPLAINT).isEnded();
        assertThat(mails("is not a complaint")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("A question about fees"));
        assertThat(work.read(officer, number).status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void a_complaint_about_the_body_goes_to_the_officers_and_is_upheld() {
        String number = complaints.aboutBody(complainant);
        ProcessInstance process = processOf(number);

        work.triage(officer, number, Triage.ABOUT_THE_BODY, null);
        assertThat(process).isWaitingAt(ComplaintProcess.ACTIVITY_INVESTIGATE_BODY);
        assertThat(task(process).getAssignee()).as("no quality manager named: the officers' group").isNull();
        CurrentUser other = accounts.create(Role.CERTIFICATION_OFFICER);
        work.decide(other, number, ComplaintOutcome.UPHELD, "The application waited too long; we added staff.", true);

        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_TELL_OUTCOME, ComplaintProcess.END_DECIDED).isEnded();
        assertThat(mails("has been upheld")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("we added staff"));
    }

    @Test
    void a_complaint_about_a_holder_tells_the_holder_who_responds_and_ends_in_no_action() {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());
        ProcessInstance process = processOf(number);

        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "A client says the certificate was shown while suspended.");
        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_TELL_HOLDER)
                .isWaitingAt(ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER);
        CurrentUser holder = holderOf(certificate);
        assertThat(complaints.mailsTo(accounts.email(holder), "A complaint about your certificate")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("shown while suspended")
                        .contains("/complaints/about-me/" + number)
                        .doesNotContain(accounts.email(complainant)));
        holders.respond(holder, number, "I never did; here is my record.", List.of());
        assertThat(work.read(officer, number).responses()).extracting(HolderResponse::text)
                .containsExactly("I never did; here is my record.");

        work.decide(officer, number, ComplaintOutcome.NO_ACTION, "No evidence of misuse.", true);

        assertThat(process).hasPassed(ComplaintProcess.END_DECIDED).isEnded();
        assertThat(mails("has been decided")).singleElement().satisfies(mail -> assertThat(mail.body())
                .contains(certificate.number()).doesNotContain(certificate.holderName())
                .doesNotContain("No evidence of misuse"));
        assertThat(holders.aboutMe(holder, number).outcome()).isEqualTo(ComplaintOutcome.NO_ACTION);
    }

    @Test
    void a_warning_is_noted_on_the_certificate_without_changing_its_status() {
        CertificateInfo certificate = decided(ComplaintOutcome.WARNING, "Do not use the logo on unrelated work.");

        assertThat(register.history(officer, certificate.number())).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(StatusChange.WARNING);
            assertThat(change.reason()).isEqualTo("Do not use the logo on unrelated work.");
            assertThat(change.noConflictDeclared()).isTrue();
        });
        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void a_suspension_is_started_in_the_lifecycle_and_the_verification_shows_it() {
        CertificateInfo certificate = decided(ComplaintOutcome.SUSPEND, "Misuse of the certificate confirmed.");

        assertThat(verification.verifyNumber(certificate.number()).certificate().status())
                .isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .count()).as("the lifecycle's decision on the suspension").isOne();
    }

    @Test
    void a_withdrawal_ends_the_certificate() {
        CertificateInfo certificate = decided(ComplaintOutcome.WITHDRAW, "Forged evidence confirmed.");

        assertThat(certificateService.byNumber(certificate.number()).orElseThrow().recordedStatus())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void when_the_due_date_passes_the_complainant_is_told_and_the_open_task_is_escalated_to_the_administrators() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        String number = complaints.aboutBody(complainant);
        ProcessInstance process = processOf(number);
        work.triage(officer, number, Triage.ABOUT_THE_BODY, null);
        Task investigation = task(process);
        assertThat(investigation.getPriority()).isLessThan(ComplaintEscalations.ESCALATED_PRIORITY);
        Job due = engine.getManagementService().createJobQuery().processInstanceId(process.getId()).timers()
                .activityId(ComplaintProcess.EVENT_DUE).singleResult();
        Instant dueAt = work.read(officer, number).dueAt();
        assertThat(due.getDuedate().toInstant()).isEqualTo(dueAt);

        ProcessPaths.fire(engine, due);

        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_TELL_PROGRESS, ComplaintProcess.ACTIVITY_ESCALATE)
                .isWaitingAt(ComplaintProcess.ACTIVITY_INVESTIGATE_BODY);
        assertThat(mails("still in progress")).hasSize(1);
        assertThat(task(process).getId()).isEqualTo(investigation.getId());
        assertThat(task(process).getPriority()).isEqualTo(ComplaintEscalations.ESCALATED_PRIORITY);
        assertThat(complaints.mailsTo(accounts.email(admin), "Escalated: complaint " + number)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Investigate the complaint about the body")
                        .contains("/complaints"));
        assertThat(complaints.mailsTo(accounts.email(officer), "Escalated")).isEmpty();
        String complaintId = jdbc.sql("SELECT id::text FROM complaint WHERE number = ?").param(number)
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT detail->>'outcome' || ' ' || (detail->>'reason') FROM audit_event "
                        + "WHERE action = 'COMPLAINT_ESCALATED' AND object_id = ?").param(complaintId)
                .query(String.class).single())
                .startsWith(ComplaintProcess.ACTIVITY_INVESTIGATE_BODY).contains(admin.username());

        work.decide(accounts.create(Role.CERTIFICATION_OFFICER), number, ComplaintOutcome.REJECTED,
                "Late but within our rules.", true);
        assertThat(process).isEnded();
        assertThat(mails("still in progress")).as("the progress notice is mailed once").hasSize(1);
    }

    @Test
    void the_engine_refuses_a_complaint_task_to_the_complainant_and_the_service_says_why() {
        CurrentUser officerComplainant = accounts.create(Role.CERTIFICATION_OFFICER);
        String number = complaints.aboutBody(officerComplainant);
        Task triage = task(processOf(number));

        assertThatThrownBy(() -> engine.getTaskService().claim(triage.getId(), officerComplainant.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(triage.getId(), officerComplainant.username()))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> work.triage(officerComplainant, number, Triage.ABOUT_THE_BODY, null))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reason().key())
                        .isEqualTo("problem.complaint.impartiality.complainant"));
        assertThat(task(processOf(number)).getAssignee()).as("nothing claimed").isNull();
    }

    @Test
    void the_engine_refuses_a_complaint_task_to_the_certified_person() {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());
        Task triage = task(processOf(number));

        assertThatThrownBy(() -> engine.getTaskService().claim(triage.getId(), certificate.holderUsername()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
    }

    @Test
    void whoever_reviewed_the_holders_certification_may_not_handle_the_complaint() {
        String role = path.publishTwoUnitRole();
        ApplicationDetails application = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application(role));
        path.certify(application.id(), unit -> new BigDecimal("90"));
        CertificateInfo certificate = certificateService.forApplication(application.id()).get(0);
        String reviewer = jdbc.sql("SELECT reviewer FROM unit_review WHERE application = ? LIMIT 1")
                .param(application.id()).query(String.class).single();
        String number = complaints.aboutHolder(complainant, certificate.number());
        Task triage = task(processOf(number));

        assertThatThrownBy(() -> engine.getTaskService().claim(triage.getId(), reviewer))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> work.triage(new CurrentUser(reviewer, Set.of(Role.REVIEWER,
                Role.CERTIFICATION_OFFICER)), number, Triage.ABOUT_A_HOLDER, "About the evidence."))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reason().key())
                        .isEqualTo("problem.complaint.impartiality.judged"));
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "About the evidence.");
        assertThat(processOf(number)).isWaitingAt(ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER);
    }

    @Test
    void whoever_assessed_the_holders_certification_may_neither_take_nor_complete_the_investigation() {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        CurrentUser assessor = assessed.assessorAsOfficer();
        String number = complaints.aboutHolder(complainant, assessed.certificateNumber());
        assertThatThrownBy(() -> engine.getTaskService().claim(task(processOf(number)).getId(), assessor.username()))
                .as("nor the triage").isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "About the assessment.");
        Task investigation = task(processOf(number));
        assertThat(investigation.getTaskDefinitionKey()).isEqualTo(ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER);

        assertThatThrownBy(() -> engine.getTaskService().claim(investigation.getId(), assessor.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(investigation.getId(), assessor.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> work.decide(assessor, number, ComplaintOutcome.NO_ACTION, "Nothing in it.", true))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.reason().key())
                        .isEqualTo("problem.complaint.impartiality.judged"));
        assertThat(task(processOf(number)).getAssignee()).as("nothing claimed").isNull();
        assertThat(work.read(officer, number).outcome()).as("nothing decided").isNull();

        // an assignment that slipped past the listeners (written into the engine's table) is refused at completion
        jdbc.sql("UPDATE act_ru_task SET assignee_ = ? WHERE id_ = ?").params(assessor.username(), investigation.getId())
                .update();
        assertThatThrownBy(() -> engine.getTaskService().complete(investigation.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        jdbc.sql("UPDATE act_ru_task SET assignee_ = NULL WHERE id_ = ?").params(investigation.getId()).update();
        ProcessInstance process = processOf(number);
        work.decide(officer, number, ComplaintOutcome.NO_ACTION, "Nothing in it.", true);
        assertThat(process).isEnded();
    }

    /** This BPMN's coverage gate: every flow node of it is passed by one of the paths above. */
    @AfterAll
    static void every_element_of_the_complaint_process_is_covered() {
        assertThat(ProcessPaths.unpassed(sharedEngine, ProcessPaths.model(sharedEngine, ComplaintProcess.PROCESS_KEY),
                INSTANCES)).as("elements of the complaint process no path test passes").isEmpty();
    }

    // ---- helpers

    /**
     * A complaint about the holder of a new certificate, triaged as such and decided with this outcome;
     * the process has ended. Returns the certificate.
     */
    private CertificateInfo decided(ComplaintOutcome outcome, String reason) {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());
        work.triage(officer, number, Triage.ABOUT_A_HOLDER, "A complaint about the use of the certificate.");
        ProcessInstance process = processOf(number);
        assertThat(process).isWaitingAt(ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER);
        work.decide(officer, number, outcome, reason, true);
        assertThat(process).hasPassed(ComplaintProcess.ACTIVITY_TELL_OUTCOME).isEnded();
        return certificate;
    }

    private ProcessInstance processOf(String number) {
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ComplaintProcess.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
        assertThat(process).as("a running complaint process keyed by the number %s", number).isNotNull();
        INSTANCES.add(process.getId());
        return process;
    }

    private Task task(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private CurrentUser holderOf(CertificateInfo certificate) {
        return new CurrentUser(certificate.holderUsername(), Set.of(Role.CANDIDATE));
    }

    private List<MailMessage> mails(String subjectContains) {
        return complaints.mailsTo(accounts.email(complainant), subjectContains);
    }
}
