package eu.skills4cities.citycert.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of a complaint, for the audit log: made, confirmed (it counts, numbered), triaged, the
 * holder's response, the outcome, a progress notice, the open task escalated when the due date passed.
 * Carries no name, address or statement.
 *
 * @param number  the complaint's number; null while it awaits confirmation
 * @param actor   who took the step: the officer, the holder, the signed-in complainant; null for a
 *                complainant without an account and for the process's own steps
 * @param outcome the triage or the outcome, for those steps; the escalated task's activity id for an
 *                escalation; else null
 * @param reason  the officer's recorded reason, for the triage and the outcome; who was told (usernames or
 *                addresses of staff) for an escalation; else null
 */
public record ComplaintRecorded(UUID complaintId, String number, Step step, String actor, ComplaintSubject subject,
                                String certificateNumber, String outcome, String reason, Instant at) {

    public enum Step {
        SUBMITTED, CONFIRMED, TRIAGED, HOLDER_RESPONDED, DECIDED, PROGRESS_NOTIFIED, ESCALATED
    }
}
