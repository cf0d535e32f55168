package eu.skills4cities.citycert.certificate;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of a certificate's renewal: submitted, more needed, answered, accepted, refused, lapsed, or renewed
 * (the successor issued). Published in the transaction that records it, for the audit log.
 *
 * @param actor           who took the step (the holder, the reviewer, or null for the process)
 * @param reason          the reviewer's reason for a refusal, else null (requests and answers stay out of the log)
 * @param successorNumber the successor's number once renewed, else null
 */
public record RenewalRecorded(UUID renewalId, UUID certificateId, String number, String step, String actor,
                              String reason, String successorNumber, Instant at) {
}
