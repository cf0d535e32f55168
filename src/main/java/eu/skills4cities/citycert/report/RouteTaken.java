package eu.skills4cities.citycert.report;

/**
 * The assessment route an application took, read from what happened to it (not from the scheme's settings, which
 * may have changed since): it sat an exam when it has a submitted exam session that was not voided.
 */
public enum RouteTaken {
    /** A submitted exam, and every unit score of the application was the exam's (method EXAM). */
    EXAM,
    /** A submitted exam, and at least one unit of the application scored by the assessor from the portfolio. */
    BOTH,
    /** No submitted exam: every unit scored by the assessor from the portfolio. */
    PORTFOLIO
}
