package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.AssessmentOutcome;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.ExamConfirmation;
import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.framework.UnitDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a task: open it, claim it, release it and complete it, stage by stage.
 * The judging itself (unit verdicts, scores, the pass rule, the decision's rules and
 * impartiality) is the assessment module's; this service checks the user against the task's
 * candidate groups and assignee in the engine ({@link TaskAccess}), asks the judging, records
 * the outcome and moves the process on, so the UI, the JSON API and any other caller get the
 * same answer. The inbox list is {@link TaskInbox}, hand-over {@link TaskHandOver}, comments
 * {@link TaskComments}.
 */
@Service
@org.springframework.validation.annotation.Validated
public class StaffTaskService {

    private static final Logger log = LoggerFactory.getLogger(StaffTaskService.class);
    static final int MAX_COMMENT = 4000;

    private final TaskService taskService;
    private final TaskAccess access;
    private final AssessmentService assessments;
    private final CertificationDecisions decisions;
    private final TaskOutcomeStore outcomes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EngineActor engineActor;
    private final ExamConfirmation exams;

    StaffTaskService(TaskService taskService, TaskAccess access, AssessmentService assessments,
                     CertificationDecisions decisions, TaskOutcomeStore outcomes, ApplicationEventPublisher events,
                     Clock clock, EngineActor engineActor, ExamConfirmation exams) {
        this.exams = exams;
        this.engineActor = engineActor;
        this.taskService = taskService;
        this.access = access;
        this.assessments = assessments;
        this.decisions = decisions;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One task the user may work on.
     *
     * @throws NotFoundException       when no such task is open
     * @throws RefusedException  when it is another group's task
     */
    @Transactional(readOnly = true)
    public StaffTask get(CurrentUser user, String taskId) {
        return access.toStaffTask(access.visibleTask(user, taskId));
    }

    @Transactional
    public StaffTask claim(CurrentUser user, String taskId) {
        VisibleTask task = access.visibleTask(user, taskId);
        if (user.username().equals(task.assignee())) {
            return access.toStaffTask(task);
        }
        if (task.assignee() != null) {
            throw access.claimedBy(task.assignee());
        }
        if (task.stage() == Stage.DECISION) {
            requireImpartial(user, task);
        }
        requireNotExcluded(user.username(), task);
        try {
            engineActor.run(user, () -> taskService.claim(taskId, user.username()));
        } catch (TaskAlreadyClaimedException e) {
            throw access.claimedBy(e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // a colleague's claim committed between our read and our write
            throw RefusedException.conflict("task.refused.claimed-by-colleague");
        }
        log.info("Task {} ({}) claimed by {}", taskId, task.task().getTaskDefinitionKey(), user.username());
        // the claim changed only the holder (no listener of the certification tasks sets anything else on assignment)
        return access.toStaffTask(task, user.username());
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        VisibleTask task = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, task);
        engineActor.run(user, () -> taskService.setAssignee(taskId, null));
        log.info("Task {} released by {}", taskId, user.username());
    }

    /**
     * Completes the user's claimed evidence review with a verdict on every unit and a message:
     * to the candidate when more evidence is needed, the reason when the evidence is
     * insufficient, a note for the assessor otherwise. The verdicts, the outcome and the
     * process step are stored in one transaction.
     *
     * @throws InvalidInputException  when a unit's verdict or reason is missing; nothing is stored
     * @throws InvalidInputException      when the message is missing or too long
     * @throws RefusedException when the task is not the user's to complete
     */
    @Transactional
    public ReviewVerdict completeReview(CurrentUser user, String taskId, @Valid ReviewSubmission review) {
        VisibleTask task = workableTask(user, taskId, Stage.REVIEW);
        String message = requireText(review.message(), "task.refused.message");
        ReviewVerdict verdict = assessments.recordReview(task.applicationId(), taskId, review.units(),
                user.username());
        finish(user, task, Stage.REVIEW, verdict.name(), message, null);
        return verdict;
    }

    /**
     * Completes the user's claimed assessment with a score for every unit it covers (or every
     * element, when the scheme says so); the pass rule decides which units pass. On the route exam and portfolio
     * the user scores the units the scheme has the portfolio cover, and the others take the exam's score.
     *
     * @throws InvalidInputException  when a score is missing or out of range, or sent for a unit the exam scores;
     *                                nothing is stored
     * @throws InvalidInputException      when the comment is missing or too long
     * @throws RefusedException when the task is not the user's to complete
     */
    @Transactional
    public AssessmentOutcome completeAssessment(CurrentUser user, String taskId,
                                                @Valid AssessmentSubmission assessment) {
        VisibleTask task = workableTask(user, taskId, Stage.ASSESSMENT);
        String comment = requireText(assessment.comment(), "task.refused.comment");
        UUID applicationId = task.applicationId();
        AssessmentOutcome outcome = CertificationProcess.examBesidePortfolio(task.assessmentRoute())
                ? exams.recordBesideExam(applicationId, taskId, assessment.units(), user.username())
                : assessments.recordAssessment(applicationId, taskId, assessment.units(), user.username());
        finish(user, task, Stage.ASSESSMENT, outcome.name(), comment, null);
        return outcome;
    }

    /**
     * The exam beside the assessment task the user may see: its scores per unit, whether the route has them
     * confirmed (route exam) or shown beside the portfolio, and the units whose score is the exam's.
     *
     * @throws NotFoundException when the user may not see the task
     */
    @Transactional(readOnly = true)
    public ExamOnTask exam(CurrentUser user, String taskId) {
        VisibleTask task = access.visibleTask(user, taskId);
        UUID applicationId = task.applicationId();
        Object route = task.assessmentRoute();
        boolean portfolio = CertificationProcess.portfolioScored(route);
        AssessmentPlan plan = assessments.plan(applicationId);
        List<UnitDefinition> examScored = !portfolio ? plan.toAssess()
                : CertificationProcess.examBesidePortfolio(route) ? plan.leftToExam() : List.of();
        return new ExamOnTask(exams.scores(applicationId), !portfolio,
                examScored.stream().map(UnitDefinition::code).toList());
    }

    /**
     * Completes the user's claimed assessment of an application on the route exam by confirming the exam: its
     * scores become the unit scores, with the method EXAM recorded.
     *
     * @throws RefusedException (conflict) when the route has the assessor score the portfolio, or there is no
     *                          submitted exam for every unit
     * @throws InvalidInputException when the comment is missing
     */
    @Transactional
    public AssessmentOutcome confirmExam(CurrentUser user, String taskId, String comment) {
        VisibleTask task = workableTask(user, taskId, Stage.ASSESSMENT);
        String text = requireText(comment, "task.refused.comment");
        if (CertificationProcess.portfolioScored(task.assessmentRoute())) {
            throw RefusedException.conflict("problem.assessment.portfolio-route");
        }
        AssessmentOutcome outcome = exams.confirm(task.applicationId(), taskId, user.username());
        finish(user, task, Stage.ASSESSMENT, outcome.name(), text, null);
        return outcome;
    }

    /**
     * Ends the user's claimed assessment by voiding the application's exam session for a proven irregularity,
     * with the reason: the process returns to "Sit the exam" for a new form inside the same window.
     *
     * @throws RefusedException      (conflict) when the application has no submitted exam
     * @throws InvalidInputException when the reason is missing
     */
    @Transactional
    public void voidExam(CurrentUser user, String taskId, String reason) {
        VisibleTask task = workableTask(user, taskId, Stage.ASSESSMENT);
        String text = requireText(reason, "task.refused.void-reason");
        exams.voidExam(task.applicationId(), text, user.username());
        finish(user, task, Stage.ASSESSMENT, CertificationProcess.VERDICT_EXAM_VOIDED, text, null);
    }

    /**
     * Takes the certification decision on the user's claimed task. The officer declares that
     * they have no conflict of interest; a refusal needs a reason; certification needs at
     * least one passed unit.
     *
     * @throws InvalidInputException      when the declaration, the verdict or the reason is missing or too long
     * @throws RefusedException when the decision cannot be taken so, saying why
     */
    @Transactional
    public void completeDecision(CurrentUser user, String taskId, @Valid DecisionSubmission decision) {
        VisibleTask task = workableTask(user, taskId, Stage.DECISION);
        requireImpartial(user, task);
        String reason = decisions.reason(decision.verdict(), decision.reason(), decision.noConflictOfInterest());
        decisions.refusal(decision.verdict(), task.assessmentVerdict()).ifPresent(refusal -> {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, refusal);
        });
        finish(user, task, Stage.DECISION, decision.verdict().name(), reason, true);
    }

    /** The certification decision is taken by somebody who neither reviewed nor assessed the application. */
    private void requireImpartial(CurrentUser user, VisibleTask task) {
        decisions.partiality(task.applicationId(), user.username()).ifPresent(refusal -> {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, refusal);
        });
    }

    /** Records who completed the task, when, with which verdict and why, and moves the process on. */
    private void finish(CurrentUser user, VisibleTask task, Stage stage, String verdict, String comment,
                        Boolean noConflictDeclared) {
        UUID applicationId = task.applicationId();
        Instant now = clock.instant();
        outcomes.insert(applicationId, stage, task.id(), verdict, comment, user.username(), now,
                noConflictDeclared);
        taskService.complete(task.id(), Map.of(stage.verdictVariable(), verdict, stage.commentVariable(), comment));
        events.publishEvent(new TaskCompleted(task.id(), applicationId, stage, user.username(), verdict, now));
        log.info("Task {} ({}) of application {} completed by {} with verdict {}", task.id(), stage,
                applicationId, user.username(), verdict);
    }

    /** The user's claimed task of the given stage. */
    private VisibleTask workableTask(CurrentUser user, String taskId, Stage stage) {
        VisibleTask task = access.visibleTask(user, taskId);
        access.requireAssignedTo(user, task);
        if (task.stage() != stage) {
            throw RefusedException.forbidden("task.refused.stage");
        }
        requireNotExcluded(user.username(), task);
        return task;
    }

    /**
     * Nobody works on the tasks of their own application (a member of staff who applies), and nobody involved in
     * the decision an appeal reopened the application on works on its reopened tasks.
     */
    static void requireNotExcluded(String username, VisibleTask task) {
        if (username.equals(task.candidate())) {
            throw RefusedException.forbidden("task.refused.own-application");
        }
        if (task.excludedStaff().contains(username)) {
            throw RefusedException.forbidden("task.refused.excluded-on-appeal");
        }
    }

    static String requireText(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_COMMENT) {
            throw InvalidInputException.of(key, MAX_COMMENT);
        }
        return stripped;
    }

    /** What the assessment of the task's application covers (every unit, or on a retake the missing ones). */
    @Transactional(readOnly = true)
    public AssessmentPlan plan(CurrentUser user, String taskId) {
        return assessments.plan(access.visibleTask(user, taskId).applicationId());
    }

    /**
     * The certification decision the user took on the application, for the page that tells them what it led to.
     *
     * @throws NotFoundException when the user took no decision on it (the same whether it exists or not)
     */
    @Transactional(readOnly = true)
    public TaskOutcome decisionBy(CurrentUser user, UUID applicationId) {
        return outcomes.forApplication(applicationId).stream()
                .filter(o -> o.stage() == Stage.DECISION && user.username().equals(o.actor()))
                .reduce((first, last) -> last)
                .orElseThrow(() -> NotFoundException.of("decision.result.not-found"));
    }

    /** What staff decided on an application so far. */
    @Transactional(readOnly = true)
    public List<TaskOutcome> outcomes(UUID applicationId) {
        return outcomes.forApplication(applicationId);
    }
}
