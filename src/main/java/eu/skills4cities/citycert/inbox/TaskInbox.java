package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.util.List;

import eu.skills4cities.citycert.application.ApplicationNumbers;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.security.CurrentUser;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff member's inbox: their tasks and their queues' unassigned ones, filtered, sorted,
 * paged and counted (the unfiltered count from the stored queue sizes).
 */
@Service
@org.springframework.validation.annotation.Validated
public class TaskInbox {

    private final TaskService taskService;
    private final TaskAccess access;
    private final QueueSizes queueSizes;
    private final Clock clock;

    TaskInbox(TaskService taskService, TaskAccess access, QueueSizes queueSizes, Clock clock) {
        this.taskService = taskService;
        this.access = access;
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
    public List<StaffTask> inbox(CurrentUser user, @Valid InboxQuery query, int offset, int limit) {
        TaskAccess.requireStaff(user);
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
        return access.toStaffTasks(tasks.orderByTaskId().asc().listPage(offset, limit));
    }

    /**
     * How many tasks {@link #inbox(CurrentUser, InboxQuery, int, int)} pages through. The inbox
     * as it opens (my tasks and my group's unassigned ones, no filter) is counted from the
     * stored queue size instead of row by row, so it costs the same at any queue length; the
     * stored size counts a task once per group, so it serves people in one group only.
     */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, @Valid InboxQuery query) {
        TaskAccess.requireStaff(user);
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
            if (ApplicationNumbers.isNumberSearch(query.search())) {
                tasks.processInstanceBusinessKeyLike("%" + query.search().toUpperCase() + "%");
            } else {
                tasks.matchVariableValuesIgnoreCase()
                        .processVariableValueLike(CertificationProcess.VAR_CANDIDATE_NAME, "%" + query.search() + "%");
            }
        }
        return tasks;
    }
}
