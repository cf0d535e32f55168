package eu.skills4cities.citycert.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads one process variable for a whole list of tasks in one engine query, whatever their number, for
 * the inbox and its {@link InboxWork}s (rather than a {@code getVariable} per task, a query per row).
 */
@Component
public class TaskVariables {

    private final RuntimeService runtime;

    TaskVariables(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * The text variable of each task's process instance, by task id; a task whose process has none is
     * left out. The variable of the process instance's own scope wins over a local one of the same name.
     */
    public Map<String, String> text(Collection<Task> tasks, String name) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .processInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                .variableName(name).list()) {
            if (variable.getValue() instanceof String value
                    && (variable.getExecutionId().equals(variable.getProcessInstanceId())
                    || !byInstance.containsKey(variable.getProcessInstanceId()))) {
                byInstance.put(variable.getProcessInstanceId(), value);
            }
        }
        Map<String, String> byTask = new HashMap<>();
        tasks.stream().filter(task -> byInstance.containsKey(task.getProcessInstanceId()))
                .forEach(task -> byTask.put(task.getId(), byInstance.get(task.getProcessInstanceId())));
        return byTask;
    }
}
