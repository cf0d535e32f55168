package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a candidate's list of applications; {@code submittedAt} is empty for a draft.
 *
 * @param frameworkVersionId the framework version the application is judged against (its role's titles are that
 *                           version's); null for one made before frameworks were versioned
 */
public record ApplicationSummary(UUID id, String number, String roleCode, String roleTitle,
                                 ApplicationStatus status, Instant createdAt, Instant updatedAt, Instant submittedAt,
                                 UUID frameworkVersionId) {
}
