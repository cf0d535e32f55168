package eu.skills4cities.citycert.application.process;

import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.EvidenceRequests;
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

    private final ApplicationProgress applications;
    private final EvidenceRequests evidenceRequests;

    ApplicationStatusListener(ApplicationProgress applications, EvidenceRequests evidenceRequests) {
        this.applications = applications;
        this.evidenceRequests = evidenceRequests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UUID applicationId = CertificationProcess.applicationId(execution);
        if (CertificationProcess.ACTIVITY_PROVIDE_EVIDENCE.equals(execution.getCurrentActivityId())) {
            Instant due = CertificationProcess.evidenceDueDate(execution).orElseThrow(() ->
                    new IllegalStateException("No evidence deadline for application " + applicationId));
            evidenceRequests.requestMoreEvidence(applicationId, CertificationProcess.comment(execution, Stage.REVIEW), due);
            return;
        }
        Stage stage = Stage.ofActivity(execution.getCurrentActivityId()).orElseThrow(() ->
                new IllegalStateException("No stage for activity " + execution.getCurrentActivityId()));
        applications.changeStatus(applicationId, stage.status(), null);
    }
}
