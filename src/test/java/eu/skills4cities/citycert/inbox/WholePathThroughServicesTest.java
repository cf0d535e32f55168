package eu.skills4cities.citycert.inbox;

import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.TimelineEntry;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One application from submission to a downloadable certificate, through the services the
 * UI and the API use, on the real engine and database.
 */
@CityCertSpringTest
class WholePathThroughServicesTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CertificateService certificates;
    @Autowired
    ManagementService management;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_application_travels_from_submission_to_a_certificate_the_candidate_downloads() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);

        ApplicationDetails submitted = applications.submit(candidate, TestDocuments.application("SCPM"));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(submitted.documents()).singleElement()
                .satisfies(d -> assertThat(d.fileName()).isEqualTo("portfolio.pdf"));

        work(reviewer, submitted.id(), Stage.REVIEW, "SUFFICIENT", "Relevant, authentic and current.");
        assertThat(applications.get(candidate, submitted.id()).status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        work(assessor, submitted.id(), Stage.ASSESSMENT, "COMPETENT", "Passed the structured interview.");
        assertThat(applications.get(candidate, submitted.id()).status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        work(officer, submitted.id(), Stage.DECISION, "CERTIFY", "Review and assessment support certification.");

        Job issue = management.createJobQuery().processInstanceId(submitted.processInstanceId()).singleResult();
        management.executeJob(issue.getId());

        assertThat(applications.get(candidate, submitted.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        CertificateInfo certificate = certificates.mine(candidate).get(0);
        assertThat(certificate.applicationId()).isEqualTo(submitted.id());
        assertThat(certificate.roleTitle()).isEqualTo("Smart City Project Manager");
        assertThat(certificate.validUntil()).isEqualTo(CertificateService.validUntil(certificate.issuedOn(), 24));
        assertThat(new String(certificates.pdf(candidate, certificate.number()), 0, 5)).isEqualTo("%PDF-");
        assertThat(applications.timeline(candidate, submitted.id())).extracting(TimelineEntry::step).containsExactly(
                "SUBMITTED", TimelineEntry.ELIGIBLE, "IN_REVIEW", "IN_ASSESSMENT", "AWAITING_DECISION", "CERTIFIED");
        String email = jdbc.sql("SELECT email FROM user_account WHERE username = ?").param(candidate.username())
                .query(String.class).single();
        // the candidate's mail follows the change, after its commit (CandidateMail)
        await().untilAsserted(() -> assertThat(jdbc.sql("SELECT subject FROM mail_message WHERE recipient = ?")
                .param(email).query(String.class).list())
                .containsExactlyInAnyOrder("We have received your application " + submitted.number(),
                        "You are certified: application " + submitted.number()));
        assertThat(jdbc.sql("SELECT body FROM mail_message WHERE recipient = ? AND subject LIKE 'You are certified%'")
                .param(email).query(String.class).single()).as("links to the certificates and the application")
                .contains("/certificates\n").contains("/" + eu.skills4cities.citycert.application.ApplicationLinks.page(submitted.id()));
        assertThat(jdbc.sql("SELECT body FROM mail_message WHERE recipient = ? AND subject LIKE 'We have received%'")
                .param(email).query(String.class).single()).as("the confirmation names the role and links the page")
                .contains("for the role Smart City Project Manager")
                .contains("/" + eu.skills4cities.citycert.application.ApplicationLinks.page(submitted.id()));
        assertThat(tasks.outcomes(submitted.id())).extracting(TaskOutcome::stage, TaskOutcome::verdict, TaskOutcome::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.REVIEW, "SUFFICIENT", reviewer.username()),
                        org.assertj.core.groups.Tuple.tuple(Stage.ASSESSMENT, "COMPETENT", assessor.username()),
                        org.assertj.core.groups.Tuple.tuple(Stage.DECISION, "CERTIFY", officer.username()));
    }

    @Test
    void issuing_twice_for_the_same_application_keeps_one_certificate() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails submitted = applications.submit(candidate, TestDocuments.application("SCPD"));

        var first = certificates.issue(submitted.id());
        var second = certificates.issue(submitted.id());

        assertThat(first).hasSize(1);
        assertThat(second).isEqualTo(first);
        assertThat(certificates.mine(candidate)).hasSize(1);
    }

    private void work(CurrentUser staff, UUID applicationId, Stage stage, String verdict, String comment) {
        StaffTask task = inbox.inbox(staff, 0, 500).stream()
                .filter(t -> applicationId.equals(t.applicationId()))
                .findFirst().orElseThrow(() -> new AssertionError(stage + " task not in the inbox of " + staff));
        assertThat(task.certificationStage()).isEqualTo(stage);
        tasks.claim(staff, task.id());
        switch (stage) {
            case REVIEW -> tasks.completeReview(staff, task.id(),
                    TestStaffWork.review(tasks, staff, task.id(), ReviewVerdict.valueOf(verdict), comment));
            case ASSESSMENT -> tasks.completeAssessment(staff, task.id(), TestStaffWork.scores(tasks, staff, task.id(),
                    "COMPETENT".equals(verdict) ? "80" : "10", comment));
            case DECISION -> tasks.completeDecision(staff, task.id(), TestStaffWork.decision(verdict, comment));
        }
    }
}
