package eu.skills4cities.citycert.certificate.register;

import java.time.Instant;

/**
 * A decision recorded on a certificate, for its history.
 *
 * @param status        the status it set: SUSPENDED, WITHDRAWN, or ACTIVE for a reinstatement
 * @param changedBy     the username of the certification officer who decided
 * @param changedByName that officer's full name, or the username when the account is gone
 */
public record StatusChange(String status, String reason, String changedBy, String changedByName, Instant changedAt) {

    /** The decision that recorded this change. */
    public StatusDecision decision() {
        return StatusDecision.recording(status);
    }
}
