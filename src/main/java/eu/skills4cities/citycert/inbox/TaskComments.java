package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.base.PlainText;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on a task, kept by the engine with the process history. */
@Service
@org.springframework.validation.annotation.Validated
public class TaskComments {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskAccess access;

    TaskComments(TaskService taskService, IdentityService identityService, TaskAccess access) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.access = access;
    }

    /** Adds a comment to a task the user may see; comments are kept with the process history. */
    @Transactional
    public void comment(CurrentUser user, String taskId, @PlainText(multiLine = true) String text) {
        Task task = access.visibleTask(user, taskId).task();
        String message = StaffTaskService.requireText(text, "task.refused.comment");
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
        access.visibleTask(user, taskId);
        return taskService.getTaskComments(taskId).stream()
                .map(c -> new TaskComment(c.getUserId(), c.getFullMessage(), c.getTime().toInstant()))
                .sorted(java.util.Comparator.comparing(TaskComment::at))
                .toList();
    }
}
