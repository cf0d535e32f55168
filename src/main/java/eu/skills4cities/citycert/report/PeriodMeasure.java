package eu.skills4cities.citycert.report;

/**
 * What the period figures count, in the order a regulator's annual return lists them (message key
 * {@code report.measure.NAME}). Each is counted by its own SQL fragment in {@code ReportQueries}.
 * Complaints are counted from {@code report_complaint} (V33), appeals from {@code report_appeal} and renewals
 * from {@code report_renewal} (V37). A measure a later issue adds
 * then adds its constant here and its fragment there, so no figure shows a zero for something
 * CityCert does not record yet.
 */
public enum PeriodMeasure {
    /** Applications submitted (first submissions, retakes and recertifications). */
    RECEIVED,
    /** Applications the eligibility rules admitted. */
    ELIGIBLE,
    /** Refused by the eligibility rules. */
    NOT_ELIGIBLE,
    /** Refused at review: evidence insufficient. */
    REFUSED_AT_REVIEW,
    /** Refused at decision by the certification officer. */
    REFUSED_AT_DECISION,
    /** Withdrawn by the candidate. */
    WITHDRAWN,
    /** Closed because the candidate did not answer a request for evidence in time. */
    LAPSED,
    /** Decided: certified for the whole role. */
    CERTIFIED,
    /** Decided: some units certified, the rest open for a retake. */
    PARTIALLY_CERTIFIED,
    /** Role certificates issued. */
    ROLE_CERTIFICATES_ISSUED,
    /** Unit certificates issued. */
    UNIT_CERTIFICATES_ISSUED,
    /** Certificates suspended. */
    CERTIFICATES_SUSPENDED,
    /** Certificates withdrawn. */
    CERTIFICATES_WITHDRAWN,
    /** Complaints received (counted once the complainant's address is confirmed). */
    COMPLAINTS_RECEIVED,
    /** Complaints closed: decided, or found not to be a complaint. */
    COMPLAINTS_DECIDED,
    /** Appeals received. */
    APPEALS_RECEIVED,
    /** Appeals the panel decided: upheld or rejected. */
    APPEALS_DECIDED,
    /** Appeals upheld: the contested decision is acted on. */
    APPEALS_UPHELD,
    /** Appeals rejected: the contested decision stands. */
    APPEALS_REJECTED,
    /** Appeals closed because the appellant did not answer the panel's request in time. */
    APPEALS_LAPSED,
    /** Applications submitted to recertify a certificate (among those received). */
    RECERTIFICATIONS_RECEIVED,
    /** Renewals the holders made. */
    RENEWALS_RECEIVED,
    /** Renewals accepted: the successor certificate issued. */
    RENEWALS_ACCEPTED,
    /** Renewals refused. */
    RENEWALS_REFUSED
}
