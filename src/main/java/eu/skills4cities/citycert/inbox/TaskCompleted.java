package eu.skills4cities.citycert.inbox;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/**
 * A member of staff completed a review, assessment or decision task, with this outcome (the
 * stage's verdict: a review verdict, an assessment outcome, CERTIFY or REFUSE). Published by
 * {@link StaffTaskService} in the completing transaction, with the recorded task outcome.
 */
public record TaskCompleted(String taskId, UUID applicationId, Stage stage, String assignee, String outcome,
                            Instant at) {
}
