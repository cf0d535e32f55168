package eu.skills4cities.citycert.inbox;

import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.base.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The certification decision: CERTIFY or REFUSE, the reason (needed for a refusal), and the
 * officer's declaration that they have no conflict of interest with the candidate.
 */
public record DecisionSubmission(@Schema(example = "CERTIFY") CertificationVerdict verdict,
                                 @Schema(example = "Review and assessment support certification.")
                                 @PlainText(multiLine = true) String reason,
                                 @Schema(example = "true") boolean noConflictOfInterest) {
}
