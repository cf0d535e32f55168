package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.Map;

/**
 * One step of an application's exam sessions for the auditor's case record: the form drawn (item codes and
 * versions, never their text or key), each answer as it was given with its time, the submission with the scores
 * per unit, extra time and voids.
 *
 * @param step  {@code FORM_DRAWN}, {@code ANSWER}, {@code SUBMITTED}, {@code EXTRA_TIME} or {@code VOIDED}
 * @param facts the recorded values by a fixed code (unit codes for the scores), in a stable order
 */
public record ExamRecordEntry(Instant at, String actor, String step, Map<String, String> facts, String reason) {
}
