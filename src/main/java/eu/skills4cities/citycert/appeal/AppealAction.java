package eu.skills4cities.citycert.appeal;

/** What an upheld appeal did about the decision it contested, shown to the appellant and in the case record. */
public enum AppealAction {
    /** A refused application reopened at the stage that refused it (the subject: the application). */
    REOPENED,
    /** The units not passed reassessed in a new application (the subject: that application). */
    REASSESSMENT,
    /** A suspension lifted or a withdrawal reversed (the subject: the certificate). */
    REVERSED,
    /** A reduction of scope reversed (the subject: the certificate with the unit again). */
    SCOPE_RESTORED,
    /** A refused renewal back with the reviewers (the subject: the certificate). */
    RENEWAL_REOPENED
}
