package eu.skills4cities.citycert.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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
    private final RuntimeService runtime;
    private final TaskVariables variables;
    private final ApplicationService applications;
    private final TaskHolders holders;

    TaskAccess(TaskService taskService, RuntimeService runtime, TaskVariables variables,
               ApplicationService applications, TaskHolders holders) {
        this.holders = holders;
        this.runtime = runtime;
        this.taskService = taskService;
        this.variables = variables;
        this.applications = applications;
    }

    static void requireStaff(CurrentUser user) {
        if (!user.hasAnyOf(Role.TASK_WORKERS)) {
            throw new AccessDeniedException("Only reviewers, assessors and certification officers work on tasks");
        }
    }

    /**
     * The certification task, if the user may see it (one of their groups is among its candidate groups, or they
     * hold it), with the variables the staff services decide on: two statements, the task query (which checks the
     * process, the groups and the assignee in one) and one variable query.
     *
     * @throws NotFoundException when no such certification task is open
     * @throws RefusedException  when it is another queue's task
     */
    VisibleTask visibleTask(CurrentUser user, String taskId) {
        requireStaff(user);
        // the inbox's task services work on certification tasks; other work's tasks are their module's
        TaskQuery visible = taskService.createTaskQuery().taskId(taskId)
                .processDefinitionKey(CertificationProcess.PROCESS_KEY).or().taskAssignee(user.username());
        if (!user.engineGroups().isEmpty()) {
            visible.taskCandidateGroupIn(user.engineGroups()).includeAssignedTasks();
        }
        Task task = visible.endOr().singleResult();
        if (task == null) {
            // only on the way to a refusal: whether the task is there at all, for the right answer
            if (taskService.createTaskQuery().taskId(taskId).processDefinitionKey(CertificationProcess.PROCESS_KEY)
                    .count() == 0) {
                throw NotFoundException.of("task.not-found");
            }
            throw RefusedException.forbidden("task.refused.other-queue");
        }
        Map<String, Object> values = variablesOf(task);
        return new VisibleTask(task, UUID.fromString((String) values.get(CertificationProcess.VAR_APPLICATION_ID)),
                (String) values.get(CertificationProcess.VAR_CANDIDATE),
                CertificationProcess.excludedStaff(values.get(CertificationProcess.VAR_EXCLUDED_STAFF)),
                values.get(CertificationProcess.VAR_ASSESSMENT_ROUTE), values.get(Stage.ASSESSMENT.verdictVariable()));
    }

    /**
     * The task's {@link VisibleTask#VARIABLES} as {@code taskService.getVariable} resolves each (the task's own,
     * else its execution's, else the process instance's), in one query rather than an engine command per variable.
     * The certification tasks stand at the process's top level (certification.bpmn), so those are all the scopes
     * that resolution looks in; a variable of another execution of the instance is not the task's.
     */
    private Map<String, Object> variablesOf(Task task) {
        Map<String, VariableInstance> nearest = new HashMap<>();
        Map<String, Integer> distance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(task.getProcessInstanceId())
                .variableNameIn(VisibleTask.VARIABLES.toArray(String[]::new)).list()) {
            int scope = task.getId().equals(variable.getTaskId()) ? 0
                    : variable.getTaskId() != null ? -1
                    : variable.getExecutionId().equals(task.getExecutionId()) ? 1
                    : variable.getExecutionId().equals(task.getProcessInstanceId()) ? 2 : -1;
            if (scope >= 0 && scope < distance.getOrDefault(variable.getName(), Integer.MAX_VALUE)) {
                distance.put(variable.getName(), scope);
                nearest.put(variable.getName(), variable);
            }
        }
        Map<String, Object> values = new HashMap<>();
        nearest.forEach((name, variable) -> values.put(name, variable.getValue()));
        return values;
    }

    void requireAssignedTo(CurrentUser user, VisibleTask task) {
        holders.requireHeldBy(user, task.assignee());
    }

    /** The refusal of a task a colleague has claimed, naming them by full name. */
    RefusedException claimedBy(String assignee) {
        return holders.claimedBy(assignee);
    }

    static Stage stageOf(Task task) {
        return Stage.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown task " + task.getTaskDefinitionKey()));
    }

    /** The visible task as the inbox shows it, its application's label read by the id the task carries. */
    StaffTask toStaffTask(VisibleTask task) {
        return toStaffTask(task, task.assignee());
    }

    /** The same, with the holder it has now (after a claim or a hand-over in this call). */
    StaffTask toStaffTask(VisibleTask task, String assignee) {
        ApplicationLabel application = applications.labels(List.of(task.applicationId())).get(task.applicationId());
        if (application == null) {
            throw NotFoundException.of("application.not-found");
        }
        return toStaffTask(task.task(), application, assignee);
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
            return toStaffTask(task, application, task.getAssignee());
        }).toList();
    }

    private static StaffTask toStaffTask(Task task, ApplicationLabel application, String assignee) {
        return new StaffTask(task.getId(), task.getName(), StaffTask.CERTIFICATION, stageOf(task).name(),
                application.number(), application.id(), application.number(), application.candidateName(),
                application.roleTitle(), application.roleCode(), assignee, task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getPriority() >= StaffTask.ESCALATED_PRIORITY, "inbox/" + task.getId());
    }
}
