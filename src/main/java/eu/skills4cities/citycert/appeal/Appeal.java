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
 */
public record Appeal(UUID id, String number, String appellant, ContestedKind contested, UUID applicationId,
                     String certificateNumber, Instant decidedAt, String grounds, AppealStatus status,
                     Instant submittedAt, Instant dueAt, String outcomeReason, Instant outcomeAt,
                     List<AppealDocument> documents, List<AppealNote> notes) {
}
