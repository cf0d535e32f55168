package eu.skills4cities.citycert.application;

/** Where an application stands, in the words a candidate sees (message key {@code status.NAME}). */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    NOT_ELIGIBLE,
    IN_REVIEW,
    AWAITING_CANDIDATE,
    /** Waiting for the candidate to sit the exam (route exam), inside the exam window. */
    IN_EXAM,
    IN_ASSESSMENT,
    AWAITING_DECISION,
    CERTIFIED,
    /** Some units passed and were certified (unit certificates); the others can be retaken. */
    PARTIALLY_CERTIFIED,
    REJECTED,
    WITHDRAWN,
    LAPSED;

    public boolean closed() {
        return this == CERTIFIED || this == PARTIALLY_CERTIFIED || this == REJECTED || this == NOT_ELIGIBLE || this == WITHDRAWN || this == LAPSED;
    }
}
