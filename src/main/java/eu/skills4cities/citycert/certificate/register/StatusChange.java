package eu.skills4cities.citycert.certificate.register;

import java.time.Instant;

/**
 * A decision recorded on a certificate, for its history.
 *
 * @param status             the status it set: SUSPENDED, WITHDRAWN, or ACTIVE for a reinstatement; EXPIRED
 *                           when the lifecycle process recorded the end of the last valid day; SCOPE_REDUCED
 *                           when an officer withdrew one unit (the certificate is superseded by its successor);
 *                           WARNING for a warning noted on it (its status unchanged)
 * @param unitCode           the unit withdrawn by a reduction of scope; null for the other decisions
 * @param changedBy          the username of the certification officer who decided ("citycert" for an expiry)
 * @param changedByName      that officer's full name, or the username when the account is gone
 * @param noConflictDeclared the officer's declaration of no conflict of interest; null for an expiry and for
 *                           decisions recorded before the declaration was asked for
 */
public record StatusChange(String status, String unitCode, String reason, String changedBy, String changedByName, Instant changedAt,
                           Boolean noConflictDeclared) {

    /** The status a reduction of scope records in the history. */
    public static final String SCOPE_REDUCED = "SCOPE_REDUCED";
    /** A warning recorded as a note (the outcome of a complaint): the status does not change. */
    public static final String WARNING = "WARNING";
    /** An upheld appeal reversed a reduction of scope: the unit is on the certificate's successor again. */
    public static final String SCOPE_RESTORED = "SCOPE_RESTORED";

    /** The decision that recorded this change (not for an expiry or a reduction of scope: see {@link #kind()}). */
    public StatusDecision decision() {
        return StatusDecision.recording(status);
    }

    /** What happened, for people: the decision's name, EXPIRED for a recorded expiry, SCOPE_REDUCED, SCOPE_RESTORED or WARNING. */
    public String kind() {
        return "EXPIRED".equals(status) || SCOPE_REDUCED.equals(status) || WARNING.equals(status)
                || SCOPE_RESTORED.equals(status) ? status
                : decision().name();
    }
}
