package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of an appeal after its receipt, for the audit log: CLAIMED, NOTE, INFORMATION_REQUESTED,
 * INFORMATION_GIVEN, PROGRESS_NOTICE, LAPSED, UPHELD or REJECTED. The detail is the panel's reason
 * for an outcome; never the appellant's text.
 */
public record AppealStepRecorded(UUID appealId, String number, UUID applicationId, String step, String actor,
                                 String reason, Instant at) {
}
