package eu.skills4cities.citycert.framework;

/** How a role's competences are assessed. */
public enum AssessmentRoute {
    /** Multiple-choice questions drawn per element. */
    EXAM,
    /** Work evidence mapped to elements, judged by an assessor. */
    PORTFOLIO
}
