package eu.skills4cities.citycert.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestCertificationPath;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.SubmitApplication;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.assessment.UnitHeldAlready;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import eu.skills4cities.citycert.inbox.ReviewSubmission;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recertification (issue 14): a holder applies again for the role they hold, naming the certificate;
 * the carry-over table keeps the units that still hold out of the review and the assessment, the rest
 * go the usual way, and the new certificate succeeds the old one. Also: a unit held through a unit
 * certificate is not assessed again in a new application.
 */
@CityCertSpringTest
class RecertificationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestCertificationPath path;
    @Autowired
    TestAccounts accounts;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void a_recertification_carries_the_units_that_still_hold_reassesses_the_others_and_supersedes_the_old_certificate() {
        String role = path.publishTwoUnitRole();
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        ApplicationDetails first = applications.submit(holder, TestDocuments.application(role));
        path.certify(first.id(), unit -> new BigDecimal("90"));
        CertificateInfo old = certificates.forApplication(first.id()).get(0);
        // the second unit was passed long ago: the table has it reassessed (10 years or more)
        jdbc.sql("UPDATE passed_unit SET passed_on = ? WHERE application = ? AND unit_code = ?")
                .params(java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusYears(11)), first.id(), role + "-U2")
                .update();

        ApplicationDetails recertification = applications.submit(holder, recertify(role, old.number()));

        assertThat(recertification.recertificationOf()).isEqualTo(old.id());
        assertThat(jdbc.sql("SELECT detail ->> 'recertificationOf' FROM audit_event WHERE action = 'APPLICATION_SUBMITTED'"
                        + " AND object_id = ?").param(recertification.id().toString()).query(String.class).single())
                .as("the audit log records what the application recertifies").isEqualTo(old.id().toString());
        AssessmentPlan plan = assessments.plan(recertification.id());
        assertThat(plan.toAssess()).extracting(u -> u.code()).containsExactly(role + "-U2");
        assertThat(plan.heldBecause()).singleElement().satisfies(held -> {
            assertThat(held.unitCode()).isEqualTo(role + "-U1");
            assertThat(held.basis()).isEqualTo(UnitHeldAlready.Basis.CARRIED_OVER);
            assertThat(held.certificateNumber()).isEqualTo(old.number());
            assertThat(held.reason()).isEqualTo("still-holds");
        });

        // the reviewer is not asked for the carried unit, and may not judge it
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        StaffTask review = path.claim(reviewer, recertification.id(), Stage.REVIEW);
        assertThatThrownBy(() -> tasks.completeReview(reviewer, review.id(), new ReviewSubmission(List.of(
                new UnitVerdict(role + "-U1", ReviewVerdict.SUFFICIENT, null),
                new UnitVerdict(role + "-U2", ReviewVerdict.SUFFICIENT, null)), "Fine.")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(TestMessages::english).containsExactly("Unit " + role
                                + "-U1 is held already (" + old.number() + "): it is not reviewed or assessed again."));
        tasks.completeReview(reviewer, review.id(),
                TestStaffWork.review(tasks, reviewer, review.id(), ReviewVerdict.SUFFICIENT, "Current."));
        finish(recertification.id(), "80");

        assertThat(applications.details(recertification.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        CertificateInfo successor = certificates.forApplication(recertification.id()).get(0);
        assertThat(certificates.units(successor.id())).extracting(CertifiedUnit::code)
                .containsExactly(role + "-U1", role + "-U2");
        CertificateChain chain = certificates.chain(successor.number()).orElseThrow();
        assertThat(chain.links()).extracting(CertificateChain.Link::number)
                .containsExactly(old.number(), successor.number());
        assertThat(chain.link(successor.number()).orElseThrow().succession()).isEqualTo(Succession.RECERTIFICATION);
        assertThat(chain.originIssuedOn()).isEqualTo(old.issuedOn());
        assertThat(certificates.byNumber(old.number()).orElseThrow().status(LocalDate.now(ZoneOffset.UTC)))
                .isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(LifecycleProcess.END_SUPERSEDED)
                .processInstanceId(jdbc.sql("SELECT lifecycle_process FROM certificate WHERE id = ?")
                        .param(old.id()).query(String.class).single()).count()).isEqualTo(1);
        // the old certificate is recertified: it cannot be recertified again
        assertThatThrownBy(() -> drafts.startDraft(holder, role, old.number())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_expired_certificate_is_recertified_and_the_chain_stays_linked() {
        String role = path.publishTwoUnitRole();
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        ApplicationDetails first = applications.submit(holder, TestDocuments.application(role));
        path.certify(first.id(), unit -> new BigDecimal("90"));
        CertificateInfo old = certificates.forApplication(first.id()).get(0);
        jdbc.sql("UPDATE certificate SET valid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1)), old.id()).update();

        ApplicationDetails recertification = applications.submit(holder, recertify(role, old.number()));
        // both units carried over: nothing to review or assess but the decision's path
        assertThat(assessments.plan(recertification.id()).toAssess()).isEmpty();
        path.certify(recertification.id(), unit -> new BigDecimal("90"));

        CertificateInfo successor = certificates.forApplication(recertification.id()).get(0);
        assertThat(certificates.chain(old.number()).orElseThrow().links()).extracting(CertificateChain.Link::number)
                .containsExactly(old.number(), successor.number());
        assertThat(certificates.units(successor.id())).hasSize(2);
    }

    @Test
    void a_holder_may_recertify_but_not_apply_again_nor_recertify_twice_at_once() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo held = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id())
                .get(0);

        assertThatThrownBy(() -> applications.submit(holder, TestDocuments.application("SCPD")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(TestMessages::english).singleElement().asString()
                        .contains(held.number(), "renewing", "recertify"));
        ApplicationDetails draft = drafts.startDraft(holder, "SCPD", held.number());
        assertThat(draft.recertificationOf()).isEqualTo(held.id());
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);

        // one open recertification at a time
        mvc.perform(post("/api/applications/drafts").with(httpBasic(holder.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roleCode\": \"SCPD\", \"recertificationOf\": \"" + held.number() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString(draft.number())));
        // for the certificate's own role only
        assertThatThrownBy(() -> drafts.startDraft(holder, "SCPM", held.number()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(TestMessages::english).singleElement().asString()
                        .startsWith("recertificationOf:").contains(held.number()));
    }

    @Test
    void another_candidate_cannot_recertify_my_certificate() throws Exception {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo held = certificates.issue(applications.submit(holder, TestDocuments.application("SCPD")).id())
                .get(0);
        CurrentUser other = accounts.create(Role.CANDIDATE);
        long before = jdbc.sql("SELECT count(*) FROM application").query(Long.class).single();

        mvc.perform(post("/api/applications/drafts").with(httpBasic(other.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roleCode\": \"SCPD\", \"recertificationOf\": \"" + held.number() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("recertificationOf")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/applications")
                        .file(new org.springframework.mock.web.MockMultipartFile("document", "portfolio.pdf",
                                "application/pdf", TestDocuments.pdf()))
                        .param("roleCode", "SCPD").param("statement", TestDocuments.STATEMENT)
                        .param("experienceYears", "10").param("educationLevel", "7")
                        .param("recertificationOf", held.number()).param("declaration", "true")
                        .with(httpBasic(other.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("recertificationOf")));

        assertThat(jdbc.sql("SELECT count(*) FROM application").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_unit_held_through_a_unit_certificate_is_not_reviewed_or_assessed_again() throws Exception {
        String role = path.publishTwoUnitRole();
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails first = applications.submit(candidate, TestDocuments.application(role));
        path.certify(first.id(), unit -> new BigDecimal(unit.endsWith("U1") ? "90" : "10"));
        assertThat(applications.details(first.id()).status()).isEqualTo(ApplicationStatus.PARTIALLY_CERTIFIED);
        CertificateInfo unitCertificate = certificates.forApplication(first.id()).get(0);
        assertThat(unitCertificate.unitCode()).isEqualTo(role + "-U1");

        // a new application (not the retake): the unit certificate still counts
        ApplicationDetails second = applications.submit(candidate, TestDocuments.application(role));
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        StaffTask review = path.claim(reviewer, second.id(), Stage.REVIEW);
        mvc.perform(get("/api/tasks/" + review.id() + "/units").with(httpBasic(reviewer.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toAssess[*].code").value(org.hamcrest.Matchers.contains(role + "-U2")))
                .andExpect(jsonPath("$.heldBecause[0].unitCode").value(role + "-U1"))
                .andExpect(jsonPath("$.heldBecause[0].basis").value("UNIT_CERTIFICATE"))
                .andExpect(jsonPath("$.heldBecause[0].certificateNumber").value(unitCertificate.number()));
        tasks.completeReview(reviewer, review.id(),
                TestStaffWork.review(tasks, reviewer, review.id(), ReviewVerdict.SUFFICIENT, "Current."));
        finish(second.id(), "75");

        // the role certificate covers both units and supersedes the unit certificate
        CertificateInfo roleCertificate = certificates.forApplication(second.id()).get(0);
        assertThat(roleCertificate.unitCode()).isNull();
        assertThat(certificates.units(roleCertificate.id())).extracting(CertifiedUnit::code)
                .containsExactly(role + "-U1", role + "-U2");
        assertThat(certificates.byNumber(unitCertificate.number()).orElseThrow().supersededBy())
                .isEqualTo(roleCertificate.id());
        assertThat(assessments.plan(second.id()).heldBecause()).as("still said after the role certificate")
                .extracting(UnitHeldAlready::certificateNumber).containsExactly(unitCertificate.number());
    }

    /** Assessment (the one unit to assess, at that score) and decision, then the issue step. */
    private void finish(UUID applicationId, String score) {
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        StaffTask assessment = path.claim(assessor, applicationId, Stage.ASSESSMENT);
        tasks.completeAssessment(assessor, assessment.id(),
                TestStaffWork.scores(tasks, assessor, assessment.id(), score, "Interview held."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        StaffTask decision = path.claim(officer, applicationId, Stage.DECISION);
        tasks.completeDecision(officer, decision.id(), TestStaffWork.decision("CERTIFY", "Supported."));
        path.issue(applicationId);
    }

    private static SubmitApplication recertify(String role, String number) {
        SubmitApplication plain = TestDocuments.application(role);
        return new SubmitApplication(role, plain.statement(), plain.experienceYears(), plain.educationLevel(),
                plain.document(), number, true);
    }
}
