package eu.skills4cities.citycert.application.process;

import java.util.Date;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Runs when a staff task starts ({@code camunda:executionListener} on each user task) and
 * moves the application to the stage's status, in the engine's transaction.
 */
@Component("applicationStatusListener")
class ApplicationStatusListener implements ExecutionListener {

    private final ApplicationService applications;

    ApplicationStatusListener(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UUID applicationId = UUID.fromString((String) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID));
        if (CertificationProcess.ACTIVITY_PROVIDE_EVIDENCE.equals(execution.getCurrentActivityId())) {
            Date due = (Date) execution.getVariable(CertificationProcess.VAR_EVIDENCE_DUE_DATE);
            applications.requestMoreEvidence(applicationId,
                    (String) execution.getVariable(Stage.REVIEW.commentVariable()), due.toInstant());
            return;
        }
        Stage stage = Stage.ofActivity(execution.getCurrentActivityId()).orElseThrow(() ->
                new IllegalStateException("No stage for activity " + execution.getCurrentActivityId()));
        applications.changeStatus(applicationId, stage.status(), null);
    }
}
