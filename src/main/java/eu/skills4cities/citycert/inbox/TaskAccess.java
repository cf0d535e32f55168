package eu.skills4cities.citycert.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which engine tasks a staff member may see and work on (their queues' tasks and their own),
 * and how a task reads as a {@link StaffTask} with its application. Shared by the inbox's
 * services, which each check the user through it before they act.
 */
@Component
class TaskAccess {

    private final TaskService taskService;
    private final TaskVariables variables;
    private final ApplicationService applications;
    private final TaskHolders holders;

    TaskAccess(TaskService taskService, TaskVariables variables, ApplicationService applications,
               TaskHolders holders) {
        this.holders = holders;
        this.taskService = taskService;
        this.variables = variables;
        this.applications = applications;
    }

    static void requireStaff(CurrentUser user) {
        if (!user.hasAnyOf(Role.TASK_WORKERS)) {
            throw new AccessDeniedException("Only reviewers, assessors and certification officers work on tasks");
        }
    }

    Task visibleTask(CurrentUser user, String taskId) {
        requireStaff(user);
        // the inbox's task services work on certification tasks; other work's tasks are their module's
        Task task = Optional.ofNullable(taskService.createTaskQuery().taskId(taskId)
                        .processDefinitionKey(CertificationProcess.PROCESS_KEY).singleResult())
                .orElseThrow(() -> NotFoundException.of("task.not-found"));
        boolean inMyGroups = taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null && user.engineGroups().contains(link.getGroupId()));
        if (!inMyGroups && !user.username().equals(task.getAssignee())) {
            throw RefusedException.forbidden("task.refused.other-queue");
        }
        return task;
    }

    void requireAssignedTo(CurrentUser user, Task task) {
        holders.requireHeldBy(user, task.getAssignee());
    }

    /** The refusal of a task a colleague has claimed, naming them by full name. */
    RefusedException claimedBy(String assignee) {
        return holders.claimedBy(assignee);
    }

    static Stage stageOf(Task task) {
        return Stage.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown task " + task.getTaskDefinitionKey()));
    }

    UUID applicationIdOf(Task task) {
        Object id = taskService.getVariable(task.getId(), CertificationProcess.VAR_APPLICATION_ID);
        return UUID.fromString((String) id);
    }

    StaffTask toStaffTask(Task task) {
        return toStaffTasks(List.of(task)).get(0);
    }

    /** A page of tasks with their applications, in a fixed number of queries whatever the page size. */
    List<StaffTask> toStaffTasks(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, UUID> applicationIds = new HashMap<>();
        variables.text(tasks, CertificationProcess.VAR_APPLICATION_ID)
                .forEach((taskId, id) -> applicationIds.put(taskId, UUID.fromString(id)));
        Map<UUID, ApplicationLabel> labels = applications.labels(applicationIds.values());
        return tasks.stream().map(task -> {
            UUID applicationId = applicationIds.get(task.getId());
            ApplicationLabel application = labels.get(applicationId);
            if (application == null) {
                throw NotFoundException.of("application.not-found");
            }
            return toStaffTask(task, application);
        }).toList();
    }

    private StaffTask toStaffTask(Task task, ApplicationLabel application) {
        return new StaffTask(task.getId(), task.getName(), StaffTask.CERTIFICATION, stageOf(task).name(),
                application.number(), application.id(), application.number(), application.candidateName(),
                application.roleTitle(), application.roleCode(), task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getPriority() >= StaffTask.ESCALATED_PRIORITY, "inbox/" + task.getId());
    }
}
