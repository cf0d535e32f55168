package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Who holds a task, said as people read it: a refusal because a colleague has claimed the task names the
 * colleague by full name, not by username, in the views and in the API's problem detail alike. Every module
 * whose tasks can be claimed (the certification tasks, the renewal checks, the appeals) refuses through here.
 */
@Component
public class TaskHolders {

    private final UserAccountService accounts;

    TaskHolders(UserAccountService accounts) {
        this.accounts = accounts;
    }

    /** The full name of the task's holder; the username itself when it has no account (the engine, say). */
    public String nameOf(String username) {
        return accounts.fullNames(List.of(username)).getOrDefault(username, username);
    }

    /** The refusal of a task that someone else has claimed (409), naming them by full name. */
    public RefusedException claimedBy(String username) {
        return RefusedException.conflict("task.refused.claimed-by", nameOf(username));
    }

    /**
     * Refuses unless the user holds the task: 403 when nobody has claimed it, 409 naming the holder otherwise.
     */
    public void requireHeldBy(CurrentUser user, String assignee) {
        if (assignee == null) {
            throw RefusedException.forbidden("task.refused.claim-first");
        }
        if (!user.username().equals(assignee)) {
            throw claimedBy(assignee);
        }
    }
}
