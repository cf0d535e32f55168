package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An evidence document's metadata, without its bytes, with the elements it is evidence for. */
public record DocumentInfo(UUID id, String fileName, String title, String description, String contentType,
                           long sizeBytes, String sha256, Instant uploadedAt, List<String> elementCodes) {
}
