package eu.skills4cities.citycert.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.task.Task;

/**
 * A kind of staff work, other than the certification process's, whose engine tasks the staff inbox
 * lists beside the certification tasks: appeals, complaints. The module that owns the work
 * implements it as a bean (the inbox depends on no such module; they depend on the inbox), saying
 * which process and stages its tasks belong to, which open tasks a person may see (its role and
 * impartiality rules), how each reads in the inbox, and which page opens it. The inbox filters,
 * sorts, pages and counts these tasks in one engine query with the certification tasks.
 */
public interface InboxWork {

    /** What the inbox calls this kind in its rows and API answers, such as {@code APPEAL}. */
    String kind();

    /** The engine's key of the process whose user tasks this work is. */
    String processKey();

    /** True when the person has a role for this work (the appeals panel, the certification officers). */
    boolean worksOn(CurrentUser user);

    /** The stages of this work the inbox filters by, in the order they come. */
    List<InboxStage> stages();

    /** How this work's numbers begin (such as {@code AP-}), so that a search for one is a number search. */
    String numberPrefix();

    /**
     * The open tasks of this work the person may see, each described for the inbox: none when the
     * person has no role for this work, none they are excluded from by this work's impartiality, and
     * nothing in a row that the person may not read (a complainant's identity, say).
     */
    List<InboxItem> visibleTasks(CurrentUser user);

    /**
     * Whether the person may hand this work's open task to a colleague ({@link TaskHandOver}): by default only
     * the task's holder, as for the certification tasks.
     */
    default boolean mayHandOver(CurrentUser user, Task task) {
        return user.username().equals(task.getAssignee());
    }

    /**
     * Of these members of the task's queue, those this work's impartiality excludes from the task: a hand-over
     * never reaches them, and the hand-over control does not offer them. None by default.
     */
    default Set<String> excludedFrom(Task task, Collection<String> colleagues) {
        return Set.of();
    }

    /**
     * The task was handed to the colleague (in the same transaction): the work records it in its own record
     * where it keeps one. The engine's history names who handed the task to whom in any case.
     */
    default void handedOver(CurrentUser holder, Task task, String colleague) {
    }
}
