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
 * @param declaredAt        when the candidate declared the draft true and complete and the evidence their own
 *                          work (submitted from the wizard or the drafts API); null for the other ways in
 */
public record ApplicationSubmitted(UUID applicationId, String number, String candidate, String roleCode,
                                   boolean retake, Instant at, UUID recertificationOf, Instant declaredAt) {

    /** Submitted without a declaration of its own (in one step, or a retake). */
    public ApplicationSubmitted(UUID applicationId, String number, String candidate, String roleCode, boolean retake,
                                Instant at, UUID recertificationOf) {
        this(applicationId, number, candidate, roleCode, retake, at, recertificationOf, null);
    }

    /** A first application or a retake (not a recertification). */
    public ApplicationSubmitted(UUID applicationId, String number, String candidate, String roleCode, boolean retake,
                                Instant at) {
        this(applicationId, number, candidate, roleCode, retake, at, null, null);
    }
}
