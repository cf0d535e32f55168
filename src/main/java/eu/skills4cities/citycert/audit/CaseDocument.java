package eu.skills4cities.citycert.audit;

import java.time.Instant;
import java.util.UUID;

/** An evidence document of the application as the case file lists it: name and SHA-256, never its bytes. */
public record CaseDocument(UUID id, String fileName, String title, long sizeBytes, String sha256, Instant uploadedAt) {
}
