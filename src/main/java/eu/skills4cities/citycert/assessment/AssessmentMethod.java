package eu.skills4cities.citycert.assessment;

/** How a unit's score was found. */
public enum AssessmentMethod {
    /** The assessor judged the evidence (and whatever else the scheme has them use). */
    PORTFOLIO,
    /** The candidate's exam score, confirmed by the assessor. */
    EXAM
}
