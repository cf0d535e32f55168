package eu.skills4cities.citycert.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint as the certification officers working on it see it: everything, the complainant
 * too. Never shown to the holder (see {@link ComplaintAboutYou}).
 *
 * @param openTask        the activity of the open task (triage or an investigation); null when closed
 * @param openTaskAssignee who holds the open task; null while nobody has claimed it
 */
public record ComplaintCase(UUID id, String number, ComplaintStatus status, String complainantName,
                            String complainantEmail, boolean complainantSignedIn, ComplaintSubject subject,
                            String certificateNumber, String holderName, String description, Instant confirmedAt,
                            Instant dueAt, Triage triage, String triageReason, String triagedBy,
                            ComplaintOutcome outcome, String outcomeReason, String decidedBy, Instant decidedAt,
                            List<ComplaintDocument> documents, List<HolderResponse> responses, String openTask,
                            String openTaskAssignee) {

    public ComplaintCase {
        documents = List.copyOf(documents);
        responses = List.copyOf(responses);
    }
}
