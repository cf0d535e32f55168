package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.NewAccount;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may claim and complete which task, checked by the service whatever the caller. */
@CityCertSpringTest
class StaffTaskRulesTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskComments taskComments;
    @Autowired
    TaskHandOver handOver;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountService users;

    private CurrentUser reviewer;
    private String reviewTaskId;

    @BeforeEach
    void submitAnApplication() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        reviewer = accounts.create(Role.REVIEWER);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        reviewTaskId = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
    }

    @Test
    void an_assessor_can_neither_claim_nor_complete_a_review_task() {
        CurrentUser assessor = accounts.create(Role.ASSESSOR);

        assertThatThrownBy(() -> tasks.claim(assessor, reviewTaskId))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(english(e)).isEqualTo("This task belongs to another team's queue."));
        tasks.claim(reviewer, reviewTaskId);
        assertThatThrownBy(() -> tasks.completeReview(assessor, reviewTaskId, new ReviewSubmission(List.of(), "ok")))
                .isInstanceOf(RefusedException.class);
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).count()).isEqualTo(1);
    }

    @Test
    void a_second_claim_loses_and_is_told_who_has_the_task() {
        CurrentUser otherReviewer = accounts.create(Role.REVIEWER);
        tasks.claim(reviewer, reviewTaskId);

        assertThatThrownBy(() -> tasks.claim(otherReviewer, reviewTaskId))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(english(e)).isEqualTo("This task has been claimed by "
                        + users.find(reviewer.username()).orElseThrow().fullName() + "."))
                .satisfies(e -> assertThat(((RefusedException) e).kind()).isEqualTo(RefusedException.Kind.CONFLICT));
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).singleResult().getAssignee())
                .isEqualTo(reviewer.username());
    }

    @Test
    void a_task_must_be_claimed_before_it_is_completed() {
        assertThatThrownBy(() -> tasks.completeReview(reviewer, reviewTaskId,
                new ReviewSubmission(List.of(), "Looks fine.")))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(english(e)).isEqualTo("Claim the task before you work on it."));
    }

    @Test
    void another_stages_completion_a_missing_unit_verdict_or_an_empty_message_is_refused_and_the_task_stays_open() {
        tasks.claim(reviewer, reviewTaskId);

        assertThatThrownBy(() -> tasks.completeDecision(reviewer, reviewTaskId, TestStaffWork.decision("CERTIFY", "Fine.")))
                .satisfies(e -> assertThat(english(e)).isEqualTo(
                        "This task is at another stage: open it from the inbox to see what it needs."));
        assertThatThrownBy(() -> tasks.completeReview(reviewer, reviewTaskId,
                TestStaffWork.review(tasks, reviewer, reviewTaskId, ReviewVerdict.SUFFICIENT, "   ")))
                .satisfies(e -> assertThat(english(e)).isEqualTo("Write a message of 1 to 4000 characters."));
        ReviewSubmission oneUnitMissing = TestStaffWork.review(tasks, reviewer, reviewTaskId, ReviewVerdict.SUFFICIENT,
                "Fine.");
        var firstUnit = oneUnitMissing.units().get(0).unitCode();
        assertThatThrownBy(() -> tasks.completeReview(reviewer, reviewTaskId,
                new ReviewSubmission(oneUnitMissing.units().subList(1, oneUnitMissing.units().size()), "Fine.")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(TestMessages.english(p)).startsWith("Give a verdict on unit " + firstUnit)));
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).count()).isEqualTo(1);
        assertThat(tasks.outcomes(tasks.get(reviewer, reviewTaskId).applicationId())).isEmpty();
    }

    @Test
    void a_released_task_can_be_claimed_by_a_colleague() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        tasks.claim(reviewer, reviewTaskId);
        tasks.unclaim(reviewer, reviewTaskId);

        assertThat(tasks.claim(colleague, reviewTaskId).assignee()).isEqualTo(colleague.username());
    }

    @Test
    void the_inbox_shows_my_groups_unassigned_tasks_and_hides_those_claimed_by_others() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        assertThat(inbox.inbox(colleague, 0, 1000)).extracting(StaffTask::id).contains(reviewTaskId);

        tasks.claim(reviewer, reviewTaskId);

        assertThat(inbox.inbox(colleague, 0, 1000)).extracting(StaffTask::id).doesNotContain(reviewTaskId);
        assertThat(inbox.inbox(reviewer, 0, 1000)).extracting(StaffTask::id).contains(reviewTaskId);
        assertThat(inbox.inbox(accounts.create(Role.ASSESSOR), 0, 1000)).extracting(StaffTask::id)
                .doesNotContain(reviewTaskId);
    }

    /** A refusal's reason, or the one problem of refused input. */
    private static String english(Throwable refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            assertThat(invalid.problems()).hasSize(1);
            return TestMessages.english(invalid.problems().get(0));
        }
        return TestMessages.english(((RefusedException) refusal).reason());
    }

    @Test
    void whoever_reviewed_cannot_take_the_decision_through_the_service_or_the_engine() {
        String name = "dual." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        users.create(new NewAccount(name, "Dual Role", name + "@test.citycert.test", TestAccounts.PASSWORD,
                Set.of(Role.REVIEWER, Role.CERTIFICATION_OFFICER)));
        CurrentUser dual = CurrentUser.of(name, Role.REVIEWER, Role.CERTIFICATION_OFFICER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        tasks.claim(dual, reviewTaskId);
        String processInstance = taskService.createTaskQuery().taskId(reviewTaskId).singleResult().getProcessInstanceId();
        tasks.completeReview(dual, reviewTaskId, TestStaffWork.review(tasks, dual, reviewTaskId, ReviewVerdict.SUFFICIENT, "Fine."));
        String assessment = taskService.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
        tasks.claim(assessor, assessment);
        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment, "80", "Fine."));
        String decision = taskService.createTaskQuery().processInstanceId(processInstance).singleResult().getId();

        assertThatThrownBy(() -> tasks.claim(dual, decision))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(english(e)).startsWith("You reviewed or assessed this application"));
        assertThatThrownBy(() -> taskService.claim(decision, name))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThatThrownBy(() -> taskService.setAssignee(decision, name))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Impartiality");
        assertThat(taskService.createTaskQuery().taskId(decision).singleResult().getAssignee()).isNull();

        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        tasks.claim(officer, decision);
        tasks.completeDecision(officer, decision, TestStaffWork.decision("REFUSE", "An impartial refusal for the test."));
        assertThat(taskService.createTaskQuery().taskId(decision).count()).isZero();
    }

    @Test
    void a_claimed_task_is_handed_to_a_colleague_of_the_same_queue_only() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        tasks.claim(reviewer, reviewTaskId);

        assertThatThrownBy(() -> handOver.reassign(reviewer, reviewTaskId, assessor.username()))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(english(e)).isEqualTo(assessor.username() + " is not a member of this task's team."));
        assertThat(handOver.reassign(reviewer, reviewTaskId, colleague.username()).assignee()).isEqualTo(colleague.username());
        assertThatThrownBy(() -> handOver.reassign(reviewer, reviewTaskId, reviewer.username()))
                .as("only the assignee hands a task over").isInstanceOf(RefusedException.class);
    }

    @Test
    void staff_comment_on_a_task_and_everyone_of_the_queue_reads_the_comments() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        taskComments.comment(reviewer, reviewTaskId, "Asked the city for the signed contract.");
        taskComments.comment(colleague, reviewTaskId, "The contract arrived.");

        assertThat(taskComments.comments(colleague, reviewTaskId)).extracting(TaskComment::author, TaskComment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reviewer.username(), "Asked the city for the signed contract."),
                        org.assertj.core.groups.Tuple.tuple(colleague.username(), "The contract arrived."));
        assertThatThrownBy(() -> taskComments.comment(reviewer, reviewTaskId, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> taskComments.comments(accounts.create(Role.ASSESSOR), reviewTaskId))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void the_inbox_filters_by_scope_stage_role_and_search_and_sorts() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        CurrentUser consultant = accounts.create(Role.CANDIDATE);
        ApplicationDetails other = applications.submit(consultant, TestDocuments.application("SCPMC"));
        String otherTask = taskService.createTaskQuery().processInstanceId(other.processInstanceId()).singleResult().getId();
        tasks.claim(colleague, otherTask);
        String candidateName = users.find(consultant.username()).orElseThrow().fullName();

        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, null, null, null, false)))
                .contains(reviewTaskId, otherTask);
        assertThat(ids(reviewer, InboxQuery.workable())).contains(reviewTaskId).doesNotContain(otherTask);
        assertThat(ids(colleague, new InboxQuery(InboxQuery.Scope.MINE, null, null, false, null, null, null, false)))
                .containsExactly(otherTask);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, Stage.REVIEW.name(), "SCPMC", false, null, null,
                null, false))).contains(otherTask).doesNotContain(reviewTaskId);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, null, other.number(),
                null, false))).containsExactly(otherTask);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, null,
                candidateName.toUpperCase(), null, false))).containsExactly(otherTask);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, Stage.DECISION.name(), null, false, null, null,
                null, false))).doesNotContain(reviewTaskId, otherTask);
        assertThat(inbox.count(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, "SCPMC", false, null,
                other.number(), null, false))).isEqualTo(1);
        List<String> newestFirst = ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, null,
                null, InboxQuery.Sort.CREATED, true));
        assertThat(newestFirst.indexOf(otherTask)).isLessThan(newestFirst.indexOf(reviewTaskId));
    }

    @Test
    void each_stage_task_is_due_after_its_service_level_and_overdue_tasks_can_be_listed() {
        StaffTask task = tasks.get(reviewer, reviewTaskId);
        assertThat(task.due()).isBetween(task.created().plus(java.time.Duration.ofDays(10)).minusSeconds(5),
                task.created().plus(java.time.Duration.ofDays(10)).plusSeconds(5));
        InboxQuery overdue = new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, true, null, null, null, false);
        assertThat(ids(reviewer, overdue)).doesNotContain(reviewTaskId);

        taskService.setDueDate(reviewTaskId, java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));

        assertThat(ids(reviewer, overdue)).contains(reviewTaskId);
        assertThat(tasks.get(reviewer, reviewTaskId).overdueAt(java.time.Instant.now())).isTrue();
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.ALL_GROUPS, null, null, false, 1, null,
                InboxQuery.Sort.DUE, false))).contains(reviewTaskId);
    }

    private List<String> ids(CurrentUser user, InboxQuery query) {
        return inbox.inbox(user, query, 0, 5000).stream().map(StaffTask::id).toList();
    }

    @Test
    void candidates_have_no_inbox() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        assertThatThrownBy(() -> inbox.inbox(candidate, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.claim(candidate, reviewTaskId)).isInstanceOf(AccessDeniedException.class);
    }
}
