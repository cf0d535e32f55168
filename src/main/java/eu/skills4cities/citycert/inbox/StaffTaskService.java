package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationAssessments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.AssessmentOutcome;
import eu.skills4cities.citycert.application.AssessmentPlan;
import eu.skills4cities.citycert.application.InvalidJudgementException;
import eu.skills4cities.citycert.application.ReviewVerdict;
import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationNotFoundException;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.security.CurrentUser;
import jakarta.validation.Valid;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with their tasks. Every method checks the user against the task's candidate
 * groups and assignee in the engine, so the UI, the JSON API and any other caller get the
 * same answer.
 */
@Service
@org.springframework.validation.annotation.Validated
public class StaffTaskService {

    private static final Logger log = LoggerFactory.getLogger(StaffTaskService.class);
    static final int MAX_COMMENT = 4000;
    private static final Set<Role> TASK_WORKERS = EnumSet.of(Role.REVIEWER, Role.ASSESSOR, Role.CERTIFICATION_OFFICER);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ApplicationService applications;
    private final ApplicationAssessments assessments;
    private final TaskOutcomeStore outcomes;
    private final QueueSizes queueSizes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffTaskService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                     ApplicationService applications, ApplicationAssessments assessments, TaskOutcomeStore outcomes,
                     QueueSizes queueSizes, Clock clock, ApplicationEventPublisher events) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.applications = applications;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.queueSizes = queueSizes;
        this.clock = clock;
        this.events = events;
    }

    /** Tasks assigned to the user, and unassigned tasks of the user's groups, oldest first. */
    @Transactional(readOnly = true)
    public List<StaffTask> inbox(CurrentUser user, int offset, int limit) {
        return inbox(user, InboxQuery.workable(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return count(user, InboxQuery.workable());
    }

    /** One page of the user's inbox, filtered and sorted. */
    @Transactional(readOnly = true)
    public List<StaffTask> inbox(CurrentUser user, @Valid InboxQuery query, int offset, int limit) {
        requireStaff(user);
        TaskQuery tasks = inboxQuery(user, query);
        switch (query.sort()) {
            case DUE -> tasks.orderByDueDate();
            case PRIORITY -> tasks.orderByTaskPriority();
            default -> tasks.orderByTaskCreateTime();
        }
        if (query.descending()) {
            tasks.desc();
        } else {
            tasks.asc();
        }
        return toStaffTasks(tasks.orderByTaskId().asc().listPage(offset, limit));
    }

    /**
     * How many tasks {@link #inbox(CurrentUser, InboxQuery, int, int)} pages through. The inbox
     * as it opens (my tasks and my group's unassigned ones, no filter) is counted from the
     * stored queue size instead of row by row, so it costs the same at any queue length; the
     * stored size counts a task once per group, so it serves people in one group only.
     */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, @Valid InboxQuery query) {
        requireStaff(user);
        if (!query.unfiltered() || user.engineGroups().size() != 1) {
            return inboxQuery(user, query).count();
        }
        String group = user.engineGroups().get(0);
        return switch (query.scope()) {
            case UNASSIGNED -> queueSizes.unassigned(CertificationProcess.PROCESS_KEY, group);
            case WORKABLE -> queueSizes.unassigned(CertificationProcess.PROCESS_KEY, group) + taskService
                    .createTaskQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY)
                    .taskAssignee(user.username()).count();
            default -> inboxQuery(user, query).count();
        };
    }

    /**
     * One task the user may work on.
     *
     * @throws TaskNotFoundException       when no such task is open
     * @throws TaskActionRefusedException  when it is another group's task
     */
    @Transactional(readOnly = true)
    public StaffTask get(CurrentUser user, String taskId) {
        return toStaffTask(visibleTask(user, taskId));
    }

    @Transactional
    public StaffTask claim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (user.username().equals(task.getAssignee())) {
            return toStaffTask(task);
        }
        if (task.getAssignee() != null) {
            throw TaskActionRefusedException.conflict("task.refused.claimed-by", task.getAssignee());
        }
        requireImpartial(user, task);
        try {
            taskService.claim(taskId, user.username());
        } catch (TaskAlreadyClaimedException e) {
            throw TaskActionRefusedException.conflict("task.refused.claimed-by", e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // a colleague's claim committed between our read and our write
            throw TaskActionRefusedException.conflict("task.refused.claimed-by-colleague");
        }
        log.info("Task {} ({}) claimed by {}", taskId, task.getTaskDefinitionKey(), user.username());
        return toStaffTask(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    @Transactional
    public void unclaim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        requireAssignedTo(user, task);
        taskService.setAssignee(taskId, null);
        log.info("Task {} released by {}", taskId, user.username());
    }

    /**
     * Completes the user's claimed evidence review with a verdict on every unit and a message:
     * to the candidate when more evidence is needed, the reason when the evidence is
     * insufficient, a note for the assessor otherwise. The verdicts, the outcome and the
     * process step are stored in one transaction.
     *
     * @throws InvalidJudgementException  when a unit's verdict or reason is missing; nothing is stored
     * @throws InvalidInputException      when the message is missing or too long
     * @throws TaskActionRefusedException when the task is not the user's to complete
     */
    @Transactional
    public ReviewVerdict completeReview(CurrentUser user, String taskId, @Valid ReviewSubmission review) {
        Task task = workableTask(user, taskId, Stage.REVIEW);
        String message = requireText(review.message(), "task.refused.message");
        UUID applicationId = applicationIdOf(task);
        ReviewVerdict verdict = assessments.recordReview(applicationId, taskId, review.units(), user.username());
        finish(user, task, applicationId, Stage.REVIEW, verdict.name(), message, null);
        return verdict;
    }

    /**
     * Completes the user's claimed assessment with a score for every unit it covers (or every
     * element, when the scheme says so); the pass rule decides which units pass.
     *
     * @throws InvalidJudgementException  when a score is missing or out of range; nothing is stored
     * @throws InvalidInputException      when the comment is missing or too long
     * @throws TaskActionRefusedException when the task is not the user's to complete
     */
    @Transactional
    public AssessmentOutcome completeAssessment(CurrentUser user, String taskId,
                                                @Valid AssessmentSubmission assessment) {
        Task task = workableTask(user, taskId, Stage.ASSESSMENT);
        String comment = requireText(assessment.comment(), "task.refused.comment");
        UUID applicationId = applicationIdOf(task);
        AssessmentOutcome outcome = assessments.recordAssessment(applicationId, taskId, assessment.units(),
                user.username());
        finish(user, task, applicationId, Stage.ASSESSMENT, outcome.name(), comment, null);
        return outcome;
    }

    /**
     * Takes the certification decision on the user's claimed task. The officer declares that
     * they have no conflict of interest; a refusal needs a reason; certification needs at
     * least one passed unit.
     *
     * @throws InvalidInputException      when the declaration, the verdict or the reason is missing or too long
     * @throws TaskActionRefusedException when the decision cannot be taken so, saying why
     */
    @Transactional
    public void completeDecision(CurrentUser user, String taskId, @Valid DecisionSubmission decision) {
        Task task = workableTask(user, taskId, Stage.DECISION);
        requireImpartial(user, task);
        if (!decision.noConflictOfInterest()) {
            throw InvalidInputException.of("task.refused.declaration");
        }
        String verdict = decision.verdict();
        if (verdict == null || !Stage.DECISION.verdicts().contains(verdict)) {
            throw InvalidInputException.of("task.refused.verdict", String.join(", ", Stage.DECISION.verdicts()));
        }
        String reason = decision.reason() == null ? "" : decision.reason().strip();
        if ("REFUSE".equals(verdict)) {
            reason = requireText(reason, "task.refused.reason");
        } else if (reason.length() > MAX_COMMENT) {
            throw InvalidInputException.of("task.refused.reason", MAX_COMMENT);
        }
        Object assessed = taskService.getVariable(taskId, Stage.ASSESSMENT.verdictVariable());
        if ("CERTIFY".equals(verdict) && AssessmentOutcome.NOT_YET_COMPETENT.name().equals(assessed)) {
            throw TaskActionRefusedException.forbidden("task.refused.nothing-passed");
        }
        finish(user, task, applicationIdOf(task), Stage.DECISION, verdict, reason, true);
    }

    /** Records who completed the task, when, with which verdict and why, and moves the process on. */
    private void finish(CurrentUser user, Task task, UUID applicationId, Stage stage, String verdict, String comment,
                        Boolean noConflictDeclared) {
        Instant now = clock.instant();
        outcomes.insert(applicationId, stage, task.getId(), verdict, comment, user.username(), now,
                noConflictDeclared);
        taskService.complete(task.getId(), Map.of(stage.verdictVariable(), verdict, stage.commentVariable(), comment));
        events.publishEvent(new TaskCompleted(task.getId(), applicationId, stage, user.username(), verdict, now));
        log.info("Task {} ({}) of application {} completed by {} with verdict {}", task.getId(), stage,
                applicationId, user.username(), verdict);
    }

    /** The user's claimed task of the given stage. */
    private Task workableTask(CurrentUser user, String taskId, Stage stage) {
        Task task = visibleTask(user, taskId);
        requireAssignedTo(user, task);
        if (stageOf(task) != stage) {
            throw TaskActionRefusedException.forbidden("task.refused.stage");
        }
        return task;
    }

    private static String requireText(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_COMMENT) {
            throw InvalidInputException.of(key, MAX_COMMENT);
        }
        return stripped;
    }

    /** What the assessment of the task's application covers (every unit, or on a retake the missing ones). */
    @Transactional(readOnly = true)
    public AssessmentPlan plan(CurrentUser user, String taskId) {
        return assessments.plan(applicationIdOf(visibleTask(user, taskId)));
    }

    /**
     * Hands the user's claimed task to a colleague of the same queue.
     *
     * @throws TaskActionRefusedException when the colleague is not in the task's group, or may not decide it
     */
    @Transactional
    public StaffTask reassign(CurrentUser user, String taskId, @PlainText String colleague) {
        Task task = visibleTask(user, taskId);
        requireAssignedTo(user, task);
        boolean inQueue = colleague != null && taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .anyMatch(link -> identityService.createUserQuery().userId(colleague).memberOfGroup(link.getGroupId())
                        .count() > 0);
        if (!inQueue) {
            throw TaskActionRefusedException.forbidden("task.refused.not-in-queue", String.valueOf(colleague));
        }
        if (stageOf(task) == Stage.DECISION && outcomes.workedOn(applicationIdOf(task), colleague)) {
            throw TaskActionRefusedException.forbidden("task.refused.impartiality-colleague", colleague);
        }
        taskService.setAssignee(taskId, colleague);
        log.info("Task {} handed from {} to {}", taskId, user.username(), colleague);
        return toStaffTask(taskService.createTaskQuery().taskId(taskId).singleResult());
    }

    /**
     * Whom the user may hand their claimed task to: the other members of the task's queue,
     * and for a decision only those who neither reviewed nor assessed the application.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        requireAssignedTo(user, task);
        boolean decision = stageOf(task) == Stage.DECISION;
        UUID applicationId = decision ? applicationIdOf(task) : null;
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .flatMap(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list().stream())
                .filter(member -> !member.getId().equals(user.username()))
                .filter(member -> !decision || !outcomes.workedOn(applicationId, member.getId()))
                .map(member -> new Colleague(member.getId(),
                        (member.getFirstName() + " " + java.util.Objects.toString(member.getLastName(), "")).strip()))
                .distinct()
                .sorted(java.util.Comparator.comparing(Colleague::name).thenComparing(Colleague::username))
                .toList();
    }

    /** Adds a comment to a task the user may see; comments are kept with the process history. */
    @Transactional
    public void comment(CurrentUser user, String taskId, @PlainText(multiLine = true) String text) {
        Task task = visibleTask(user, taskId);
        String message = requireText(text, "task.refused.comment");
        identityService.setAuthenticatedUserId(user.username());
        try {
            taskService.createComment(taskId, task.getProcessInstanceId(), message);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The comments on a task, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskComment> comments(CurrentUser user, String taskId) {
        visibleTask(user, taskId);
        return taskService.getTaskComments(taskId).stream()
                .map(c -> new TaskComment(c.getUserId(), c.getFullMessage(), c.getTime().toInstant()))
                .sorted(java.util.Comparator.comparing(TaskComment::at))
                .toList();
    }

    /** True when the person reviewed or assessed the application (impartiality of the decision). */
    @Transactional(readOnly = true)
    public boolean workedOn(UUID applicationId, String username) {
        return outcomes.workedOn(applicationId, username);
    }

    /** What staff decided on an application so far. */
    @Transactional(readOnly = true)
    public List<TaskOutcome> outcomes(UUID applicationId) {
        return outcomes.forApplication(applicationId);
    }

    private TaskQuery inboxQuery(CurrentUser user, InboxQuery query) {
        TaskQuery tasks = taskService.createTaskQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY);
        switch (query.scope()) {
            case MINE -> tasks.taskAssignee(user.username());
            case UNASSIGNED -> tasks.taskCandidateGroupIn(user.engineGroups());
            case ALL_GROUPS -> tasks.taskCandidateGroupIn(user.engineGroups()).includeAssignedTasks();
            default -> tasks.or().taskAssignee(user.username()).taskCandidateGroupIn(user.engineGroups()).endOr();
        }
        if (query.stage() != null) {
            tasks.taskDefinitionKey(query.stage().activityId());
        }
        if (query.roleCode() != null) {
            tasks.processVariableValueEquals(CertificationProcess.VAR_ROLE_CODE, query.roleCode());
        }
        java.util.Date now = java.util.Date.from(clock.instant());
        if (query.overdueOnly()) {
            tasks.dueBefore(now);
        }
        if (query.escalatedOnly()) {
            tasks.taskMinPriority(StaffTask.ESCALATED_PRIORITY);
        }
        if (query.dueWithinDays() != null) {
            tasks.dueBefore(java.util.Date.from(clock.instant().plus(java.time.Duration.ofDays(query.dueWithinDays()))));
        }
        if (query.search() != null) {
            if (query.search().toUpperCase().startsWith("A-")) {
                tasks.processInstanceBusinessKeyLike("%" + query.search().toUpperCase() + "%");
            } else {
                tasks.matchVariableValuesIgnoreCase()
                        .processVariableValueLike(CertificationProcess.VAR_CANDIDATE_NAME, "%" + query.search() + "%");
            }
        }
        return tasks;
    }

    private static void requireStaff(CurrentUser user) {
        if (user.roles().stream().noneMatch(TASK_WORKERS::contains)) {
            throw new AccessDeniedException("Only reviewers, assessors and certification officers work on tasks");
        }
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        requireStaff(user);
        Task task = Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult())
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        boolean inMyGroups = taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null && user.engineGroups().contains(link.getGroupId()));
        if (!inMyGroups && !user.username().equals(task.getAssignee())) {
            throw TaskActionRefusedException.forbidden("task.refused.other-queue");
        }
        return task;
    }

    /** The certification decision is taken by somebody who neither reviewed nor assessed the application. */
    private void requireImpartial(CurrentUser user, Task task) {
        if (stageOf(task) == Stage.DECISION && outcomes.workedOn(applicationIdOf(task), user.username())) {
            throw TaskActionRefusedException.forbidden("task.refused.impartiality");
        }
    }

    private static void requireAssignedTo(CurrentUser user, Task task) {
        if (task.getAssignee() == null) {
            throw TaskActionRefusedException.forbidden("task.refused.claim-first");
        }
        if (!user.username().equals(task.getAssignee())) {
            throw TaskActionRefusedException.conflict("task.refused.claimed-by", task.getAssignee());
        }
    }

    private static Stage stageOf(Task task) {
        return Stage.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown task " + task.getTaskDefinitionKey()));
    }

    private UUID applicationIdOf(Task task) {
        Object id = taskService.getVariable(task.getId(), CertificationProcess.VAR_APPLICATION_ID);
        return UUID.fromString((String) id);
    }

    private StaffTask toStaffTask(Task task) {
        return toStaffTasks(List.of(task)).get(0);
    }

    /** A page of tasks with their applications, in a fixed number of queries whatever the page size. */
    private List<StaffTask> toStaffTasks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, UUID> applicationIds = runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                .variableName(CertificationProcess.VAR_APPLICATION_ID).list().stream()
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId,
                        variable -> UUID.fromString((String) variable.getValue())));
        Map<UUID, ApplicationLabel> labels = applications.labels(applicationIds.values());
        return tasks.stream().map(task -> {
            UUID applicationId = applicationIds.get(task.getProcessInstanceId());
            ApplicationLabel application = labels.get(applicationId);
            if (application == null) {
                throw new ApplicationNotFoundException(applicationId);
            }
            return toStaffTask(task, application);
        }).toList();
    }

    private StaffTask toStaffTask(Task task, ApplicationLabel application) {
        return new StaffTask(task.getId(), task.getName(), stageOf(task), application.id(), application.number(),
                application.candidateName(), application.roleTitle(), task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getPriority() >= StaffTask.ESCALATED_PRIORITY);
    }
}
