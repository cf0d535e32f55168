package eu.skills4cities.citycert.inbox;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which tasks an inbox page shows and in which order.
 *
 * @param scope         whose tasks
 * @param stage         only this stage's tasks (the code of an {@link InboxStage}: REVIEW, APPEAL, ...), or null for all
 * @param roleCode      only applications for this role, or null
 * @param overdueOnly   only tasks past their due date
 * @param dueWithinDays only tasks due within this many days, or null
 * @param search        the start of a number (A-2026-00...) or part of a candidate's name, or null
 * @param sort          the order
 * @param descending    newest, latest or highest first
 * @param escalatedOnly only tasks that waited too long and were escalated
 */
public record InboxQuery(Scope scope, String stage, @PlainText @Size(max = 100, message = "problem.input.length") String roleCode,
                         boolean overdueOnly,
                         @Min(value = 0, message = "problem.input.min")
                         @Max(value = InboxQuery.MAX_DUE_WITHIN_DAYS, message = "problem.input.max") Integer dueWithinDays,
                         @PlainText @Size(max = 200, message = "problem.input.length") String search,
                         Sort sort, boolean descending, boolean escalatedOnly) {

    /** Ten years: any due date the inbox can hold. */
    public static final int MAX_DUE_WITHIN_DAYS = 3650;

    /** Whose tasks: assigned to me, unassigned in my groups, both, or every task of my groups. */
    public enum Scope { MINE, UNASSIGNED, WORKABLE, ALL_GROUPS }

    public enum Sort { CREATED, DUE, PRIORITY }

    public InboxQuery {
        scope = scope == null ? Scope.WORKABLE : scope;
        sort = sort == null ? Sort.CREATED : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        stage = stage == null || stage.isBlank() ? null : stage.strip();
        roleCode = roleCode == null || roleCode.isBlank() ? null : roleCode.strip();
    }

    /** Escalated or not. */
    public InboxQuery(Scope scope, String stage, String roleCode, boolean overdueOnly, Integer dueWithinDays,
                      String search, Sort sort, boolean descending) {
        this(scope, stage, roleCode, overdueOnly, dueWithinDays, search, sort, descending, false);
    }

    /** True when the query narrows its scope by nothing: no stage, role, due date or search. */
    public boolean unfiltered() {
        return stage == null && roleCode == null && !overdueOnly && dueWithinDays == null && search == null
                && !escalatedOnly;
    }

    /** What the inbox shows first: my tasks and the unassigned tasks of my groups, oldest first. */
    public static InboxQuery workable() {
        return new InboxQuery(Scope.WORKABLE, null, null, false, null, null, Sort.CREATED, false);
    }
}
