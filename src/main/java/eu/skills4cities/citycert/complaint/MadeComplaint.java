package eu.skills4cities.citycert.complaint;

import java.time.Instant;

/**
 * A complaint as the person who made it sees it in their data export.
 *
 * @param outcome the outcome of a complaint about the body; null for one about a certified person (what was
 *                decided about them is theirs) and while it is open
 */
public record MadeComplaint(String number, ComplaintStatus status, ComplaintSubject subject, String certificateNumber,
                            String description, Instant submittedAt, ComplaintOutcome outcome) {
}
