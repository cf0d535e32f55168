package eu.skills4cities.citycert.audit;

import java.time.LocalDate;

/**
 * What the audit log's list is narrowed to; a null or blank field does not narrow it.
 *
 * @param action     the action, exactly (any case), e.g. {@code TASK_COMPLETED}
 * @param actor      the actor's username, exactly (any case)
 * @param objectType the object's type, exactly (any case): {@code application}, {@code task}, …
 * @param objectId   the object's id, exactly
 * @param from       the first day (UTC) of the period, inclusive
 * @param to         the last day (UTC) of the period, inclusive
 */
public record AuditEventFilter(String action, String actor, String objectType, String objectId, LocalDate from,
                               LocalDate to) {

    /** Everything. */
    public static final AuditEventFilter NONE = new AuditEventFilter(null, null, null, null, null, null);
}
