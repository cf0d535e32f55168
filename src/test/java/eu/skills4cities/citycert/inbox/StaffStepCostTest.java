package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements one staff step prepares, held to a budget a little above what the step costs now, so that a
 * service that goes back to asking the engine for its task again and again fails here rather than only in the path
 * benchmark (docs/benchmarks.md, "Reading the task once"). The review step is the claim, the plan and the
 * completion (every unit sufficient); the decision step the claim and the completion (certify). Counted on the
 * second application of a fresh set of staff, so that the engine's caches (definitions, decision tables) are warm.
 */
@CityCertSpringTest
class StaffStepCostTest {

    /** The review step's statements when the services read their task once (90), plus about 10 %. */
    static final int REVIEW_BUDGET = 99;
    /** The decision step's statements when the services read their task once (68), plus about 10 %. */
    static final int DECISION_BUDGET = 75;

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    TestAccounts accounts;

    private CurrentUser reviewer;
    private CurrentUser assessor;
    private CurrentUser officer;

    @BeforeEach
    void staffAndAWarmPath() {
        reviewer = accounts.create(Role.REVIEWER);
        assessor = accounts.create(Role.ASSESSOR);
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        UUID warm = submit();
        review(taskOf(warm, Stage.REVIEW));
        assess(taskOf(warm, Stage.ASSESSMENT));
        decide(taskOf(warm, Stage.DECISION));
    }

    @Test
    void a_review_step_stays_within_its_statement_budget() {
        String task = taskOf(submit(), Stage.REVIEW);

        List<String> statements = SqlStatementCounter.record(() -> review(task));

        assertThat(statements.size())
                .as("statements of one review step (claim, plan, complete): %d, budget %d", statements.size(),
                        REVIEW_BUDGET)
                .isLessThanOrEqualTo(REVIEW_BUDGET);
    }

    @Test
    void a_decision_step_stays_within_its_statement_budget() {
        UUID application = submit();
        review(taskOf(application, Stage.REVIEW));
        assess(taskOf(application, Stage.ASSESSMENT));
        String task = taskOf(application, Stage.DECISION);

        List<String> statements = SqlStatementCounter.record(() -> decide(task));

        assertThat(statements.size())
                .as("statements of one decision step (claim, complete): %d, budget %d", statements.size(),
                        DECISION_BUDGET)
                .isLessThanOrEqualTo(DECISION_BUDGET);
    }

    private UUID submit() {
        return applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM")).id();
    }

    private void review(String task) {
        tasks.claim(reviewer, task);
        tasks.completeReview(reviewer, task, TestStaffWork.review(tasks, reviewer, task, ReviewVerdict.SUFFICIENT,
                "Relevant and current."));
    }

    private void assess(String task) {
        tasks.claim(assessor, task);
        tasks.completeAssessment(assessor, task, TestStaffWork.scores(tasks, assessor, task, "80", "Interview held."));
    }

    private void decide(String task) {
        tasks.claim(officer, task);
        tasks.completeDecision(officer, task, TestStaffWork.decision("CERTIFY", "Supported."));
    }

    /** The application's open task, which must be of the stage; its id. */
    private String taskOf(UUID application, Stage stage) {
        String instance = applications.details(application).processInstanceId();
        var task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(Stage.ofActivity(task.getTaskDefinitionKey())).contains(stage);
        return task.getId();
    }
}
