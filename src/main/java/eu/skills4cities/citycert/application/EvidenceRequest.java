package eu.skills4cities.citycert.application;

import java.time.Instant;

/** An open request for more evidence, as the candidate sees it: the reviewer's message and the deadline. */
public record EvidenceRequest(String message, Instant dueAt) {
}
