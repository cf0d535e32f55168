package eu.skills4cities.citycert.exam;

/** Where an exam session stands (message key {@code exam.session.status.NAME}). */
public enum ExamSessionStatus {
    /** Started and inside its time limit: the candidate answers. */
    RUNNING,
    /** Submitted by the candidate or at the time limit, and scored. */
    SUBMITTED,
    /** Voided by the assessor for a proven irregularity: its scores do not count. */
    VOIDED
}
