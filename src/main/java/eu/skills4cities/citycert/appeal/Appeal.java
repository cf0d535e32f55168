package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appeal as its appellant and the panel see it. The panel's notes are {@code null} for the
 * appellant, who sees the panel's requests and their own answers only.
 *
 * @param dueAt          when the panel's answer is due
 * @param outcomeReason  the panel's reasons, once decided
 * @param units          the units not passed that the appeal contests; empty for all of them (or another kind)
 * @param action         what the upheld appeal did; null before, or when it is not upheld
 * @param actionSubject  the application or certificate it did it on (the reassessment, the certificate with
 *                       the unit again)
 */
public record Appeal(UUID id, String number, String appellant, ContestedKind contested, UUID applicationId,
                     String certificateNumber, Instant decidedAt, String grounds, AppealStatus status,
                     Instant submittedAt, Instant dueAt, String outcomeReason, Instant outcomeAt,
                     List<AppealDocument> documents, List<AppealNote> notes, List<String> units,
                     AppealAction action, String actionSubject) {
}
