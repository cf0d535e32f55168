package eu.skills4cities.citycert.inbox;

/**
 * The user may not do this to the task: it belongs to another group's queue, somebody
 * else has claimed it, or the verdict or comment is not acceptable. The message says which.
 */
public class TaskActionRefusedException extends RuntimeException {

    private final boolean conflict;

    TaskActionRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    static TaskActionRefusedException forbidden(String message) {
        return new TaskActionRefusedException(message, false);
    }

    static TaskActionRefusedException conflict(String message) {
        return new TaskActionRefusedException(message, true);
    }

    /** True when the refusal comes from the task's state (claimed by someone else), not from the user's rights. */
    public boolean conflict() {
        return conflict;
    }
}
