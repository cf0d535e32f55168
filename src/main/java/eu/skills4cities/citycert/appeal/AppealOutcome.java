package eu.skills4cities.citycert.appeal;

/** The panel's outcome: the decision is reconsidered (upheld) or stands (rejected). */
public enum AppealOutcome {
    UPHELD, REJECTED
}
