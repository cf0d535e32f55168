package eu.skills4cities.citycert.inbox;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * The user may not do this to the task: it belongs to another group's queue, somebody
 * else has claimed it, or impartiality forbids it. The reason says which. Input that is
 * not acceptable (an empty comment, a missing declaration) is not a refusal but
 * {@link eu.skills4cities.citycert.base.InvalidInputException}.
 */
public class TaskActionRefusedException extends RuntimeException {

    private final UserMessage reason;
    private final boolean conflict;

    private TaskActionRefusedException(UserMessage reason, boolean conflict) {
        super("Task action refused: " + reason);
        this.reason = reason;
        this.conflict = conflict;
    }

    static TaskActionRefusedException forbidden(String key, Object... args) {
        return new TaskActionRefusedException(UserMessage.of(key, args), false);
    }

    /** A refusal that another module's rule gives (the judging's impartiality, a decision without a passed unit). */
    static TaskActionRefusedException forbidden(UserMessage reason) {
        return new TaskActionRefusedException(reason, false);
    }

    static TaskActionRefusedException conflict(String key, Object... args) {
        return new TaskActionRefusedException(UserMessage.of(key, args), true);
    }

    /** Why, as a message for the person who tried. */
    public UserMessage reason() {
        return reason;
    }

    /** True when the refusal comes from the task's state (claimed by someone else), not from the user's rights. */
    public boolean conflict() {
        return conflict;
    }
}
