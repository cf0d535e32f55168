package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The candidate changed a draft before submitting it: started it, saved its answers, rated an
 * element, added or removed a document. For the case record (audit), which keeps every change,
 * while the draft itself keeps only the latest state.
 *
 * @param documentId for a document added or removed: which one
 * @param sha256     for a document added or removed: its SHA-256
 */
public record ApplicationDraftChanged(UUID applicationId, String number, String candidate, Change change,
                                      UUID documentId, String sha256, Instant at) {

    /** What changed. */
    public enum Change { STARTED, ANSWERS_SAVED, ELEMENT_RATED, DOCUMENT_ADDED, DOCUMENT_REMOVED }
}
