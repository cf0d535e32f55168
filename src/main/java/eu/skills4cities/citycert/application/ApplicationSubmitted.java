package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An application was submitted (in one step, from a draft, or as a retake of failed units) and
 * its certification process started. Published by {@link ApplicationService} in the submitting
 * transaction.
 *
 * @param retake            true for a retake of the failed units of an earlier application
 * @param recertificationOf for a recertification, the id of the role certificate it recertifies; else null
 */
public record ApplicationSubmitted(UUID applicationId, String number, String candidate, String roleCode,
                                   boolean retake, Instant at, UUID recertificationOf) {

    /** A first application or a retake (not a recertification). */
    public ApplicationSubmitted(UUID applicationId, String number, String candidate, String roleCode, boolean retake,
                                Instant at) {
        this(applicationId, number, candidate, roleCode, retake, at, null);
    }
}
