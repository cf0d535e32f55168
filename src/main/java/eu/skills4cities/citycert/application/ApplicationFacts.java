package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.framework.PublishedRole;

/**
 * What other modules judge an application by: whose it is, the role and framework version it
 * is judged against, its status, when it was made and which application it retakes. Read
 * without a user check (see {@link ApplicationService#facts}).
 *
 * @param role     the role as the application's framework version defines it; null when the framework
 *                 no longer has it
 * @param retakeOf for a retake of failed units: the application whose units are retaken
 * @param recertificationOf for a recertification: the id of the role certificate it recertifies
 */
public record ApplicationFacts(UUID id, String number, String candidateUsername, String roleCode,
                               PublishedRole role, ApplicationStatus status, Instant createdAt, UUID retakeOf,
                               UUID recertificationOf) {

    /** The role, for judging; an application without one cannot be judged. */
    public PublishedRole requireRole() {
        if (role == null) {
            throw new IllegalStateException("No role " + roleCode + " for " + number);
        }
        return role;
    }
}
