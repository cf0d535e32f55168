package eu.skills4cities.citycert.appeal;

import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upheld appeal against a refusal at review reopens the application at the review with new staff:
 * the reviewer who refused it may not claim the reopened review (the inbox's service and the engine
 * refuse), another reviewer accepts the evidence, and the application goes through assessment and the
 * decision to a certificate.
 */
@CityCertSpringTest
class AppealReopeningTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    eu.skills4cities.citycert.exam.TestExamSitting exams;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;
    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService staffTasks;
    @Autowired
    CertificateService certificates;
    @Autowired
    ProcessEngine engine;

    @Test
    void an_upheld_appeal_reopens_the_refused_application_with_new_staff_and_ends_in_a_certificate() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        ApplicationDetails refused = fixture.refusedAtReview(candidate, reviewerOnPanel);
        assertThat(refused.status()).isEqualTo(ApplicationStatus.REJECTED);
        Appeal appeal = fixture.appeal(candidate, ContestedKind.REJECTED);
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());

        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The review overlooked the second project.", true);

        ApplicationDetails reopened = applications.details(refused.id());
        assertThat(reopened.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(reopened.processInstanceId()).isNotEqualTo(refused.processInstanceId());
        Task review = task(reopened, CertificationProcess.ACTIVITY_REVIEW);
        assertThatThrownBy(() -> staffTasks.claim(reviewerOnPanel, review.getId()))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> engine.getTaskService().claim(review.getId(), reviewerOnPanel.username()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");

        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        staffTasks.claim(reviewer, review.getId());
        staffTasks.completeReview(reviewer, review.getId(), TestStaffWork.review(staffTasks, reviewer, review.getId(),
                ReviewVerdict.SUFFICIENT, "The second project shows the work."));
        exams.sitIfWaiting(reopened.id());
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        Task assessment = task(reopened, CertificationProcess.ACTIVITY_ASSESS);
        staffTasks.claim(assessor, assessment.getId());
        staffTasks.completeAssessment(assessor, assessment.getId(),
                TestStaffWork.scores(staffTasks, assessor, assessment.getId(), "90", "Competent in every unit."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        Task decision = task(reopened, CertificationProcess.ACTIVITY_DECIDE);
        staffTasks.claim(officer, decision.getId());
        staffTasks.completeDecision(officer, decision.getId(), TestStaffWork.decision("CERTIFY", "Certified."));
        runJobs(reopened);

        assertThat(applications.details(refused.id()).status()).isEqualTo(ApplicationStatus.CERTIFIED);
        assertThat(certificates.forApplication(refused.id())).hasSize(1);
    }

    private Task task(ApplicationDetails application, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(activityId).singleResult();
    }

    private void runJobs(ApplicationDetails application) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getManagementService().createJobQuery()
                    .processInstanceId(application.processInstanceId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0).getId());
        }
    }
}
