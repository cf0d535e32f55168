package eu.skills4cities.citycert.inbox;

/** No open task with this id exists. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("There is no open task " + taskId + ".");
    }
}
