package eu.skills4cities.citycert.appeal;

/**
 * An appeal as the panel's work list shows it.
 *
 * @param assignee the panel member working on it, or null while nobody has claimed it
 * @param excluded true when the reader took part in the contested decision, so may not work on it
 * @param escalated true once its answer is overdue
 */
public record PanelAppeal(Appeal appeal, String taskId, String assignee, boolean excluded, boolean escalated) {
}
