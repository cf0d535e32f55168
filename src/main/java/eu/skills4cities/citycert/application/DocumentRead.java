package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of an evidence document: who read which document of which application, when, on
 * what grounds, and whether as an inline preview or a download.
 */
public record DocumentRead(UUID applicationId, UUID documentId, String documentName, String reader,
                           ApplicationAccess.Grounds grounds, boolean inline, Instant readAt) {
}
