package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import io.swagger.v3.oas.annotations.Operation;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.security.ProblemAnswers;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff inbox over JSON. */
@RestController
@ProblemAnswers(forbidden = "Only reviewers, assessors and certification officers work on tasks, only on tasks "
        + "of their own queues, only on a task they claimed, and never on the decision of an application they "
        + "reviewed or assessed")
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The staff inbox: list, claim and complete tasks")
class InboxApiController {

    private final StaffTaskService tasks;
    private final TaskInbox inbox;
    private final TaskHandOver handOver;
    private final TaskComments comments;
    private final CurrentUserProvider users;

    InboxApiController(StaffTaskService tasks, TaskInbox inbox, TaskHandOver handOver, TaskComments comments,
                       CurrentUserProvider users) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.handOver = handOver;
        this.comments = comments;
        this.users = users;
    }

    /**
     * @param total how many tasks the query finds; for a filter by time or priority (overdue, due within,
     *              escalated) at most {@link TaskInbox#COUNT_LIMIT}
     * @param more  true when there are more than {@code total}: such a filter found more than the limit
     */
    record Page(List<StaffTask> tasks, long total, boolean more) {

        static Page of(List<StaffTask> tasks, long count) {
            return new Page(tasks, Math.min(count, TaskInbox.COUNT_LIMIT), count > TaskInbox.COUNT_LIMIT);
        }
    }

    @GetMapping
    @Operation(summary = "My inbox, a page at a time with the total: the tasks of every kind of work I do "
            + "(CERTIFICATION, APPEAL, COMPLAINT, RENEWAL in each row's kind, with the case's number and the path of "
            + "the page that opens it). Filter by scope (MINE, UNASSIGNED, WORKABLE, ALL_GROUPS), stage (REVIEW, "
            + "ASSESSMENT, DECISION, APPEAL, COMPLAINT_TRIAGE, COMPLAINT_INVESTIGATION, RENEWAL_CHECK), role (appeals "
            + "by the contested application's role, complaints and renewals by the certificate's), overdue, due within "
            + "N days, escalated, or the start of a number (A-, AP-, CP-, CC-) or part of the person's name; sort by CREATED, DUE or PRIORITY. "
            + "The total is exact, except that a filter by time or priority (overdue, due within, escalated) counts up to "
            + TaskInbox.COUNT_LIMIT + " and then says more: true. 422 names an unknown stage")
    Page inbox(@RequestParam(defaultValue = "0") @Min(value = 0, message = "problem.input.min") int offset,
               @RequestParam(defaultValue = "50") @Min(value = 1, message = "problem.input.min")
               @Max(value = 200, message = "problem.input.max") int limit,
               @RequestParam(required = false) InboxQuery.Scope scope,
               @RequestParam(required = false) @PlainText
               @jakarta.validation.constraints.Size(max = 60, message = "problem.input.length") String stage,
               @RequestParam(required = false) String role, @RequestParam(defaultValue = "false") boolean overdue,
               @RequestParam(required = false) Integer dueWithinDays, @RequestParam(required = false) String search,
               @RequestParam(required = false) InboxQuery.Sort sort, @RequestParam(defaultValue = "false") boolean desc,
               @RequestParam(defaultValue = "false") boolean escalated) {
        var user = users.require();
        InboxQuery query = new InboxQuery(scope, stage, role, overdue, dueWithinDays, search, sort, desc, escalated);
        return Page.of(inbox.inbox(user, query, offset, limit), inbox.count(user, query));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task")
    StaffTask get(@PathVariable String id) {
        return tasks.get(users.require(), id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task; 409 when somebody else has it")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    StaffTask claim(@PathVariable String id) {
        return tasks.claim(users.require(), id);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to the group")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        tasks.unclaim(users.require(), id);
        return ResponseEntity.noContent().build();
    }

    record Reassignment(@io.swagger.v3.oas.annotations.media.Schema(example = "rita.reviewer") @PlainText String colleague) {
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Hand my claimed task to a colleague of the same queue")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    StaffTask reassign(@PathVariable String id, @Valid @RequestBody Reassignment body) {
        return handOver.reassign(users.require(), id, body.colleague());
    }

    record NewComment(@io.swagger.v3.oas.annotations.media.Schema(example = "Asked the city for the contract.")
                      @PlainText(multiLine = true) String text) {
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Comment on a task")
    ResponseEntity<Void> comment(@PathVariable String id, @Valid @RequestBody NewComment body) {
        comments.comment(users.require(), id, body.text());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "The comments on a task, oldest first")
    List<TaskComment> comments(@PathVariable String id) {
        return comments.comments(users.require(), id);
    }

    record Completed(String verdict) {
    }

    @GetMapping("/{id}/units")
    @Operation(summary = "The units the task's application is judged on: those to assess (all, or on a retake the "
            + "missing ones), those held already, the pass mark, and whether elements are scored one by one")
    AssessmentPlan units(@PathVariable String id) {
        return tasks.plan(users.require(), id);
    }

    @GetMapping("/{id}/exam")
    @Operation(summary = "The exam beside the task's assessment: the submitted exam's scores per unit, whether the "
            + "route has the assessor confirm them (route exam), and the units whose score is the exam's (route exam "
            + "and portfolio: those the scheme's portfolio does not cover; send no score for them)")
    ExamOnTask exam(@PathVariable String id) {
        return tasks.exam(users.require(), id);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Complete my claimed evidence review: a verdict (SUFFICIENT, MORE_NEEDED, INSUFFICIENT) "
            + "for every unit, a reason for each that is not sufficient, and a message; returns the verdict on the "
            + "whole portfolio. 422 lists what is missing")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    Completed review(@PathVariable String id, @Valid @RequestBody ReviewSubmission body) {
        return new Completed(tasks.completeReview(users.require(), id, body).name());
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "Complete my claimed assessment: a score from 0 to 100 for every unit (or every element, "
            + "when the scheme scores elements); on the route exam and portfolio only for the units the portfolio "
            + "covers (the others take the exam's score, see GET exam); the pass rule decides which units pass. Returns COMPETENT, PARTIAL "
            + "or NOT_YET_COMPETENT. 422 lists what is missing")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    Completed assessment(@PathVariable String id, @Valid @RequestBody AssessmentSubmission body) {
        return new Completed(tasks.completeAssessment(users.require(), id, body).name());
    }

    /** The assessor's comment on confirming an exam. */
    record ExamConfirmationRequest(@PlainText(multiLine = true) String comment) {
    }

    @PostMapping("/{id}/exam-confirmation")
    @Operation(summary = "Complete my claimed assessment on the route exam by confirming the exam: its score per unit "
            + "becomes the unit's score (method EXAM), the pass rule decides. 422 when the comment is missing")
    @ProblemAnswers(conflict = "The task is claimed by somebody else, the route has the portfolio scored, or no "
            + "submitted exam covers every unit")
    Completed examConfirmation(@PathVariable String id, @Valid @RequestBody ExamConfirmationRequest body) {
        return new Completed(tasks.confirmExam(users.require(), id, body.comment()).name());
    }

    /** Why the assessor voids the exam session (a proven irregularity). */
    record ExamVoidRequest(@PlainText(multiLine = true) String reason) {
    }

    @PostMapping("/{id}/exam-void")
    @Operation(summary = "End my claimed assessment by voiding the exam session for a proven irregularity, with the "
            + "reason: the candidate sits a new form inside the same window. 422 when the reason is missing")
    @ProblemAnswers(conflict = "The task is claimed by somebody else, or there is no submitted exam")
    Completed examVoid(@PathVariable String id, @Valid @RequestBody ExamVoidRequest body) {
        tasks.voidExam(users.require(), id, body.reason());
        return new Completed(CertificationProcess.VERDICT_EXAM_VOIDED);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Take the certification decision on my claimed task: CERTIFY or REFUSE (with a reason), "
            + "declaring no conflict of interest. 403 when I reviewed or assessed the application")
    @ProblemAnswers(conflict = "The task is claimed by somebody else")
    ResponseEntity<Void> decision(@PathVariable String id, @Valid @RequestBody DecisionSubmission body) {
        tasks.completeDecision(users.require(), id, body);
        return ResponseEntity.noContent().build();
    }
}
