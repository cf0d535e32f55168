package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/** An evidence document's metadata, without its bytes. */
public record DocumentInfo(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                           Instant uploadedAt) {
}
