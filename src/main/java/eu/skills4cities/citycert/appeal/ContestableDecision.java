package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision about the user's own certification that they may appeal, or could have.
 *
 * @param key               identifies the decision (what {@code POST /api/appeals} names as {@code decision})
 * @param certificateNumber the certificate the decision was recorded on; null for an application's decision
 * @param subject           the application's or certificate's number and role, for people
 * @param appealableUntil   the end of the appeal window
 * @param openAppeal        the number of the open appeal against it, or null
 */
public record ContestableDecision(String key, ContestedKind kind, UUID applicationId, String applicationNumber,
                                  String certificateNumber, String subject, Instant decidedAt,
                                  Instant appealableUntil, String openAppeal) {
}
