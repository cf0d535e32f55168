package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.UUID;

/**
 * A change in the item bank, published in its transaction for the audit log: which version of
 * which item, what happened and who did it. Never the stem, options or key.
 *
 * @param previousVersion on {@code APPROVED}: the approved version this one retired, else null
 */
public record ExamItemRecorded(UUID itemId, String code, int version, Step step, String elementCode, String actor,
                               Integer previousVersion, Instant at) {

    /** What happened to the item. */
    public enum Step {
        CREATED, IMPORTED, EDITED, NEW_VERSION, SUBMITTED, APPROVED, RETIRED
    }
}
