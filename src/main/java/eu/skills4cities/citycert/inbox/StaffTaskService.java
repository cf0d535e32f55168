package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationNotFoundException;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.security.CurrentUser;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with their tasks. Every method checks the user against the task's candidate
 * groups and assignee in the engine, so the UI, the JSON API and any other caller get the
 * same answer.
 */
@Service
public class StaffTaskService {

    private static final Logger log = LoggerFactory.getLogger(StaffTaskService.class);
    static final int MAX_COMMENT = 4000;
    private static final Set<Role> TASK_WORKERS = EnumSet.of(Role.REVIEWER, Role.ASSESSOR, Role.CERTIFICATION_OFFICER);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ApplicationService applications;
    private final TaskOutcomeStore outcomes;
    private final QueueSizes queueSizes;
    private final Clock clock;

    StaffTaskService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                     ApplicationService applications, TaskOutcomeStore outcomes, QueueSizes queueSizes,
                     Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.applications = applications;
        this.outcomes = outcomes;
        this.queueSizes = queueSizes;
        this.clock = clock;
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
    public List<StaffTask> inbox(CurrentUser user, InboxQuery query, int offset, int limit) {
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
    public long count(CurrentUser user, InboxQuery query) {
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
     * Completes the user's claimed task with a verdict and a comment; the outcome is
     * recorded in the same transaction as the process step.
     */
    @Transactional
    public void complete(CurrentUser user, String taskId, String verdict, String comment) {
        Task task = visibleTask(user, taskId);
        requireAssignedTo(user, task);
        requireImpartial(user, task);
        Stage stage = stageOf(task);
        if (verdict == null || !stage.verdicts().contains(verdict)) {
            throw TaskActionRefusedException.forbidden("task.refused.verdict", String.join(", ", stage.verdicts()));
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw TaskActionRefusedException.forbidden("task.refused.comment", MAX_COMMENT);
        }
        UUID applicationId = applicationIdOf(task);
        outcomes.insert(applicationId, stage, taskId, verdict, text, user.username(), clock.instant());
        taskService.complete(taskId, Map.of(stage.verdictVariable(), verdict, stage.commentVariable(), text));
        log.info("Task {} ({}) of application {} completed by {} with verdict {}", taskId, stage,
                applicationId, user.username(), verdict);
    }

    /**
     * Hands the user's claimed task to a colleague of the same queue.
     *
     * @throws TaskActionRefusedException when the colleague is not in the task's group, or may not decide it
     */
    @Transactional
    public StaffTask reassign(CurrentUser user, String taskId, String colleague) {
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

    /** Adds a comment to a task the user may see; comments are kept with the process history. */
    @Transactional
    public void comment(CurrentUser user, String taskId, String text) {
        Task task = visibleTask(user, taskId);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty() || message.length() > MAX_COMMENT) {
            throw TaskActionRefusedException.forbidden("task.refused.comment", MAX_COMMENT);
        }
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
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
