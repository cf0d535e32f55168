package eu.skills4cities.citycert.appeal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.register.ScopeReductions;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import eu.skills4cities.citycert.certificate.renewal.RenewalStatus;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an upheld appeal does, from the contested state to the end, through the services, the API and the
 * engine with real processes: a unit not passed is reassessed by a new assessor and decided by a new officer
 * (the passed unit kept) and certified; a reduction of scope is reversed by a certificate with the unit again,
 * shown in public verification; a refused renewal goes back to a new reviewer and is renewed, also when the
 * certificate expired meanwhile. Each time the people involved before are refused by the service, the API
 * and the engine's task service.
 */
@CityCertSpringTest
class AppealActsTest {

    /** The sample framework's validity of the Smart City Project Developer certificate. */
    private static final int SCPD_VALIDITY_MONTHS = 24;

    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealService appeals;
    @Autowired
    AppealPanel panel;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestCertificates testCertificates;
    @Autowired
    ScopeReductions scopeReductions;
    @Autowired
    TestRenewals renewals;
    @Autowired
    RenewalChecks checks;
    @Autowired
    Renewals holderRenewals;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MailOutbox mail;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_upheld_appeal_against_a_unit_not_passed_has_it_reassessed_by_new_staff_and_certified() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        ApplicationDetails partial = fixture.partiallyCertified(candidate, assessor, officer);
        assertThat(partial.status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);
        String key = fixture.key(candidate, ContestedKind.PARTIALLY_CERTIFIED);

        // the units named must be units not passed; nothing is stored otherwise
        mvc.perform(appeal(candidate, key, List.of("SCPD-U1", "SCPD-U9"))).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasItem(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Unit SCPD-U1 is not one the application did not pass"),
                        org.hamcrest.Matchers.endsWith("(units).")))))
                .andExpect(jsonPath("$.problems.length()").value(2));
        assertThat(appeals.mine(candidate)).isEmpty();
        String body = mvc.perform(appeal(candidate, key, List.of("SCPD-U3"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.units[0]").value("SCPD-U3")).andReturn().getResponse().getContentAsString();
        Appeal appeal = appeals.get(candidate, java.util.UUID.fromString(json.readTree(body).path("id").asText()));

        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "Unit 3 was scored against the wrong criteria.", true);

        Appeal upheld = appeals.get(candidate, appeal.id());
        assertThat(upheld.action()).isEqualTo(AppealAction.REASSESSMENT);
        ApplicationDetails reassessment = applications.mine(candidate).stream()
                .filter(a -> a.number().equals(upheld.actionSubject())).findFirst()
                .map(a -> applications.details(a.id())).orElseThrow();
        assertThat(reassessment.retakeOf()).isEqualTo(partial.id());
        // SCPD's route has the exam: the reassessment sits it for the unit first
        assertThat(exams.sitIfWaiting(reassessment.id())).isTrue();
        Task assessment = task(reassessment, CertificationProcess.ACTIVITY_ASSESS);
        assertThat(staffTasks.plan(accounts.create(Role.ASSESSOR), assessment.getId()).toAssess())
                .as("only the unit the appeal named").extracting(u -> u.code()).containsExactly("SCPD-U3");

        // the assessor who scored it is refused by the inbox, its API and the engine
        assertThatThrownBy(() -> staffTasks.claim(assessor, assessment.getId())).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
        mvc.perform(post("/api/tasks/{id}/claim", assessment.getId()).with(basic(assessor)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> engine.getTaskService().claim(assessment.getId(), assessor.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");

        CurrentUser newAssessor = accounts.create(Role.ASSESSOR);
        staffTasks.claim(newAssessor, assessment.getId());
        staffTasks.completeAssessment(newAssessor, assessment.getId(), TestStaffWork.scores(staffTasks, newAssessor,
                assessment.getId(), "85", "Competent in stakeholder engagement."));
        Task decision = task(reassessment, CertificationProcess.ACTIVITY_DECIDE);
        assertThatThrownBy(() -> staffTasks.claim(officer, decision.getId())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> engine.getTaskService().claim(decision.getId(), officer.username()))
                .isInstanceOf(ProcessEngineException.class);
        CurrentUser newOfficer = accounts.create(Role.CERTIFICATION_OFFICER);
        staffTasks.claim(newOfficer, decision.getId());
        staffTasks.completeDecision(newOfficer, decision.getId(), TestStaffWork.decision("CERTIFY", "Unit 3 passed."));
        runJobs(reassessment.processInstanceId());

        // the unit is certified as a normal decision would: the role is not complete yet, so a unit certificate
        assertThat(certificates.forApplication(reassessment.id())).singleElement().satisfies(c -> {
            assertThat(c.unitCode()).isEqualTo("SCPD-U3");
            assertThat(c.status(today())).isEqualTo(CertificateStatus.ACTIVE);
        });
        assertThat(certificates.mine(candidate)).extracting(CertificateInfo::unitCode)
                .contains("SCPD-U1", "SCPD-U3");
        assertThat(audited("APPEAL_ACTED_REASSESSMENT", appeal.id().toString())).isOne();
        assertThat(mail.about(List.of(appeal.number()), 50)).anySatisfy(message -> assertThat(message.subject())
                .contains(appeal.number(), reassessment.number()));
    }

    @Test
    void an_upheld_appeal_against_a_reduction_of_scope_restores_the_unit_on_a_successor() throws Exception {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER, Role.APPEALS_PANEL);
        CertificateInfo certificate = testCertificates.issue();
        List<CertifiedUnit> units = certificates.units(certificate.id());
        String withdrawn = units.get(2).code();
        List<CertificateInfo> reduced = scopeReductions.reduce(officer, certificate.number(), withdrawn,
                "Practice no longer covers procurement.", true);
        assertThat(reduced).hasSize(units.size() - 1);
        CurrentUser holder = AppealFixture.holderOf(certificate);
        Appeal appeal = fixture.appeal(holder, ContestedKind.SCOPE_REDUCED);

        // the officer who reduced it is told why, and may not read or take the appeal
        mvc.perform(get("/api/appeals/{id}", appeal.id()).with(basic(officer))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "You took part in the decision this appeal contests, so you may not work on it."));
        assertThatThrownBy(() -> panel.claim(officer, appeal.id())).isInstanceOf(RefusedException.class);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "Procurement is part of the holder's practice.", true);

        Appeal upheld = appeals.get(holder, appeal.id());
        assertThat(upheld.action()).isEqualTo(AppealAction.SCOPE_RESTORED);
        CertificateInfo restored = certificates.byNumber(upheld.actionSubject()).orElseThrow();
        assertThat(restored.unitCertificate()).as("a role certificate again").isFalse();
        assertThat(restored.validUntil()).isEqualTo(certificate.validUntil());
        assertThat(certificates.units(restored.id())).extracting(CertifiedUnit::code)
                .containsExactlyElementsOf(units.stream().map(CertifiedUnit::code).toList());
        // every certificate the reduction left is superseded by it; the first is its predecessor in the chain
        for (CertificateInfo successor : reduced) {
            mvc.perform(get("/api/verify/" + successor.number())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                    .andExpect(jsonPath("$.supersededBy").value(restored.number()));
        }
        mvc.perform(get("/api/verify/" + reduced.get(0).number()))
                .andExpect(jsonPath("$.supersededAs").value(Succession.SCOPE_RESTORATION.name()));
        mvc.perform(get("/api/verify/" + restored.number())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.units[2].code").value(withdrawn));
        mvc.perform(get("/api/register/{number}/history", certificate.number()).with(basic(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.contains("SCOPE_REDUCED", "SCOPE_RESTORED")))
                .andExpect(jsonPath("$[1].unitCode").value(withdrawn));
        assertThat(audited("CERTIFICATE_SCOPE_RESTORED", certificate.id().toString())).isOne();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM passed_unit WHERE candidate_username = ? AND unit_code = ? AND withdrawn_at IS NOT NULL
                """).params(holder.username(), withdrawn).query(Long.class).single())
                .as("the unit counts as held again").isZero();
    }

    @Test
    void an_upheld_appeal_against_a_refused_renewal_sends_it_to_a_new_reviewer_who_renews_it() throws Exception {
        CertificateInfo certificate = renewals.inWindow();
        CurrentUser refusing = accounts.create(Role.REVIEWER);
        refused(certificate, refusing);
        Appeal appeal = fixture.appeal(AppealFixture.holderOf(certificate), ContestedKind.RENEWAL_REFUSED);

        uphold(appeal);

        String check = check(certificate);
        assertRefused(refusing, check);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        checks.claim(reviewer, check);
        checks.decide(reviewer, check, RenewalProcess.Outcome.ACCEPT, null, true);
        runJobs(lifecycleOf(certificate));

        CertificateInfo successor = successorOf(certificate);
        assertThat(successor.validUntil()).as("continuous: from the day after the old last valid day")
                .isEqualTo(CertificateService.validUntil(certificate.validUntil().plusDays(1), SCPD_VALIDITY_MONTHS));
        assertThat(appeals.get(AppealFixture.holderOf(certificate), appeal.id()).action())
                .isEqualTo(AppealAction.RENEWAL_REOPENED);
        assertThat(audited("RENEWAL_REOPENED", certificate.id().toString())).isOne();
    }

    @Test
    void a_renewal_reopened_after_the_certificate_expired_is_checked_in_a_new_lifecycle_and_continues_the_chain()
            throws Exception {
        CertificateInfo certificate = renewals.inWindow();
        CurrentUser refusing = accounts.create(Role.REVIEWER);
        refused(certificate, refusing);
        String oldLifecycle = lifecycleOf(certificate);
        // the last valid day passes while the appeal waits: the lifecycle records the expiry and ends
        testCertificates.expire(certificate);
        CertificateInfo expired = certificates.byNumber(certificate.number()).orElseThrow();
        // its timers (reminders, then the last valid day) and their steps run in turn until the instance ends
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(oldLifecycle).list();
            if (jobs.isEmpty()) {
                break;
            }
            engine.getManagementService().executeJob(jobs.get(0).getId());
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(oldLifecycle).count())
                .isZero();
        Appeal appeal = fixture.appeal(AppealFixture.holderOf(certificate), ContestedKind.RENEWAL_REFUSED);

        uphold(appeal);

        String lifecycle = lifecycleOf(certificate);
        assertThat(lifecycle).as("a new lifecycle instance, at the check").isNotEqualTo(oldLifecycle);
        String check = check(certificate);
        assertRefused(refusing, check);
        assertThat(holderRenewals.latest(AppealFixture.holderOf(certificate), certificate.number()).orElseThrow()
                .status()).isEqualTo(RenewalStatus.SUBMITTED);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        checks.claim(reviewer, check);
        checks.decide(reviewer, check, RenewalProcess.Outcome.ACCEPT, null, true);
        runJobs(lifecycle);

        CertificateInfo successor = successorOf(certificate);
        assertThat(successor.validUntil()).as("the chain continues from the day after the old last valid day")
                .isEqualTo(CertificateService.validUntil(expired.validUntil().plusDays(1), SCPD_VALIDITY_MONTHS));
        assertThat(successor.status(today())).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(lifecycle)
                .activityId(RenewalProcess.END_RENEWED).count()).isOne();
    }

    // ---- helpers

    private void refused(CertificateInfo certificate, CurrentUser reviewer) {
        renewals.submit(certificate);
        String check = check(certificate);
        checks.claim(reviewer, check);
        checks.decide(reviewer, check, RenewalProcess.Outcome.REFUSE, "The activities are not about the role.", true);
    }

    private void uphold(Appeal appeal) {
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The course is about the role's first unit.", true);
    }

    /** The reviewer who refused is refused by the service, the API and the engine. */
    private void assertRefused(CurrentUser refusing, String check) throws Exception {
        assertThatThrownBy(() -> checks.claim(refusing, check)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
        mvc.perform(post("/api/renewals/checks/{task}/claim", check).with(basic(refusing)))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> engine.getTaskService().claim(check, refusing.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
    }

    private String check(CertificateInfo certificate) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
    }

    private CertificateInfo successorOf(CertificateInfo certificate) {
        String number = holderRenewals.latest(AppealFixture.holderOf(certificate), certificate.number()).orElseThrow()
                .successorNumber();
        assertThat(number).as("renewed").isNotNull();
        return certificates.byNumber(number).orElseThrow();
    }

    private String lifecycleOf(CertificateInfo certificate) {
        return jdbc.sql("SELECT lifecycle_process FROM certificate WHERE id = ?").param(certificate.id())
                .query(String.class).single();
    }

    private long audited(String action, String objectId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_id = ?")
                .params(action, objectId).query(Long.class).single();
    }

    private Task task(ApplicationDetails application, String activityId) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(applications.details(application.id()).processInstanceId())
                .taskDefinitionKey(activityId).singleResult();
    }

    private void runJobs(String processInstanceId) {
        fixture.runJobs(processInstanceId);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder appeal(
            CurrentUser user, String key, List<String> units) throws Exception {
        return post("/api/appeals").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("decision", key, "grounds",
                        "Unit 2 was scored against the wrong criteria.", "units", units)));
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
