package eu.skills4cities.citycert.assessment;

/**
 * The certification officer's verdict, the last of the three stages' verdicts (with
 * {@link ReviewVerdict} and {@link AssessmentOutcome}). Its name is the value of the process
 * variable {@code decisionVerdict} that the BPMN's gateway routes on, and the JSON value of a
 * decision.
 */
public enum CertificationVerdict {
    /** The units the assessment passed are confirmed and certificates issued. */
    CERTIFY,
    /** The application is refused at decision, with the officer's reason. */
    REFUSE
}
