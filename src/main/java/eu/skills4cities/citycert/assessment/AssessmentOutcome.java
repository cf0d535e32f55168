package eu.skills4cities.citycert.assessment;

/** What an assessment achieved, as the pass rule judged its units. */
public enum AssessmentOutcome {
    /** With the units held already, the candidate now has every unit the role certificate needs. */
    COMPETENT,
    /** Some units passed, others are still missing: unit certificates, and a retake for the rest. */
    PARTIAL,
    /** No unit passed. */
    NOT_YET_COMPETENT
}
