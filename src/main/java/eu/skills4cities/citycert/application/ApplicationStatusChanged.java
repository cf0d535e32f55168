package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An application moved to another status (or had a reason recorded at its status), in the
 * transaction that made the change. Published by {@link ApplicationService}; the candidate's mail
 * about a closed application follows from it ({@code CandidateMail}).
 *
 * @param from   the status before; equal to {@code to} when only a reason was recorded
 * @param reason the reason recorded with the change (a refusal's reason, the failed eligibility
 *               rule, the reviewer's request), or null
 */
public record ApplicationStatusChanged(UUID applicationId, String number, ApplicationStatus from,
                                       ApplicationStatus to, String reason, Instant at) {
}
