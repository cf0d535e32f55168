package eu.skills4cities.citycert.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** made through the public form; counts once the complainant follows the mailed link */
    AWAITING_CONFIRMATION,
    /** counted and numbered, waiting for triage */
    RECEIVED,
    /** triaged as a complaint, under investigation */
    INVESTIGATING,
    /** not a complaint, or decided */
    CLOSED
}
