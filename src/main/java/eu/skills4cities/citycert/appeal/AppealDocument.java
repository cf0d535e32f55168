package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.UUID;

/** A document the appellant gave, without its bytes. */
public record AppealDocument(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                             Instant addedAt) {
}
