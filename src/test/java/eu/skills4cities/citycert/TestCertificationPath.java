package eu.skills4cities.citycert;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.exam.TestExamSitting;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An application taken through review, assessment and decision by staff, as the inbox does it, and a
 * role of its own (the small test framework, two units, both required) for tests that need one.
 */
@Component
public class TestCertificationPath {

    private static final CurrentUser ADMIN = CurrentUser.of("certification-path-admin", Role.ADMIN);

    private final StaffTaskService tasks;
    private final TaskInbox inbox;
    private final ManagementService management;
    private final ApplicationService applications;
    private final FrameworkManagement frameworks;
    private final TestAccounts accounts;
    // absent in a module test of another module (@ApplicationModuleTest scans this package, not the exam's)
    private final ObjectProvider<TestExamSitting> exams;

    TestCertificationPath(StaffTaskService tasks, TaskInbox inbox, ManagementService management,
                          ApplicationService applications, FrameworkManagement frameworks, TestAccounts accounts,
                          ObjectProvider<TestExamSitting> exams) {
        this.exams = exams;
        this.tasks = tasks;
        this.inbox = inbox;
        this.management = management;
        this.applications = applications;
        this.frameworks = frameworks;
        this.accounts = accounts;
    }

    /** Publishes a new role with the small framework's two units, both needed for the role; its code. */
    public String publishTwoUnitRole() {
        return publishTwoUnitRole("routes: [PORTFOLIO]");
    }

    /**
     * Publishes a new role like {@link #publishTwoUnitRole()} assessed by exam only (scheme routes [EXAM]), drawing
     * this many items per element (units {@code <role>-U1} and {@code <role>-U2}, one element each,
     * {@code <role>-U1-E1} and {@code <role>-U2-E1}); its code. Its exams need approved items on those elements.
     */
    public String publishTwoUnitExamRole(int itemsPerElement) {
        return publishTwoUnitRole("routes: [EXAM]\n      examItemsPerElement: " + itemsPerElement);
    }

    private String publishTwoUnitRole(String routes) {
        String role = "TQ" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        byte[] file = TestFrameworks.small().replace("TEST-SMALL", "PATH-" + role).replace("TSTR", role)
                .replace("unitsRequired: 1", "unitsRequired: 2").replace("routes: [PORTFOLIO]", routes)
                .getBytes(StandardCharsets.UTF_8);
        frameworks.publish(ADMIN, frameworks.importFile(ADMIN, "path.yaml", file).id());
        return role;
    }

    /**
     * Review (every unit the plan covers sufficient), the exam where the role's route has one (the candidate
     * answers every item right), assessment (each unit the score given) and a decision to certify, by new staff
     * members, then the asynchronous issue step.
     */
    public void certify(UUID applicationId, Function<String, BigDecimal> scoreOfUnit) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        StaffTask review = claim(reviewer, applicationId, Stage.REVIEW);
        tasks.completeReview(reviewer, review.id(),
                TestStaffWork.review(tasks, reviewer, review.id(), ReviewVerdict.SUFFICIENT, "Relevant and current."));
        exams.ifAvailable(exam -> exam.sitIfWaiting(applicationId));
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        StaffTask assessment = claim(assessor, applicationId, Stage.ASSESSMENT);
        tasks.completeAssessment(assessor, assessment.id(),
                TestStaffWork.scores(tasks, assessor, assessment.id(), scoreOfUnit, "Interview held."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        StaffTask decision = claim(officer, applicationId, Stage.DECISION);
        tasks.completeDecision(officer, decision.id(), TestStaffWork.decision("CERTIFY", "Supported."));
        issue(applicationId);
    }

    /** Runs the asynchronous "Issue certificates" step of the application's process. */
    public void issue(UUID applicationId) {
        Job issue = management.createJobQuery()
                .processInstanceId(applications.details(applicationId).processInstanceId()).singleResult();
        management.executeJob(issue.getId());
    }

    /** The application's open task of this stage, claimed by the staff member. */
    public StaffTask claim(CurrentUser staff, UUID applicationId, Stage stage) {
        StaffTask task = inbox.inbox(staff, 0, 500).stream().filter(t -> applicationId.equals(t.applicationId()))
                .findFirst().orElseThrow(() -> new AssertionError(stage + " task not in the inbox of " + staff));
        if (task.certificationStage() != stage) {
            throw new AssertionError("expected a " + stage + " task, found " + task.stage());
        }
        tasks.claim(staff, task.id());
        return task;
    }
}
