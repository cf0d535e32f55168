package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.UUID;

/** An appeal was received (the audit log hears it in the same transaction). */
public record AppealSubmitted(UUID appealId, String number, String appellant, ContestedKind contested,
                              UUID applicationId, String certificateNumber, Instant dueAt, Instant at) {
}
