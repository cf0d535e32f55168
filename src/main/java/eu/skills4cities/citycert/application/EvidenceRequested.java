package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer asked the candidate for more evidence, due by {@code dueAt}. Published by
 * {@link ApplicationService} with the {@link ApplicationStatusChanged} to
 * {@link ApplicationStatus#AWAITING_CANDIDATE}; the candidate's mail follows from it.
 */
public record EvidenceRequested(UUID applicationId, String number, String message, Instant dueAt, Instant at) {
}
