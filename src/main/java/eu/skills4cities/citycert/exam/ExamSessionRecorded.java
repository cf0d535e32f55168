package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of an exam session, published in its transaction for the audit log: which session of which
 * application, what happened and who did it. Never an item, an option or a key.
 *
 * @param reason  the officer's reason for extra time, or the assessor's for a void; null otherwise
 * @param minutes on {@code EXTRA_TIME}: the minutes granted; on {@code STARTED}: the time limit; else null
 * @param items   on {@code STARTED}: how many items the form holds; on {@code SUBMITTED}: how many were right
 */
public record ExamSessionRecorded(UUID sessionId, UUID applicationId, String applicationNumber, Step step,
                                  String actor, Instant at, String reason, Integer minutes, Integer items) {

    /** What happened to the session. */
    public enum Step {
        STARTED, SUBMITTED, SUBMITTED_AT_TIME_LIMIT, EXTRA_TIME, VOIDED
    }
}
