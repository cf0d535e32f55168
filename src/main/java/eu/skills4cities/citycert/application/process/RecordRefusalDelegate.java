package eu.skills4cities.citycert.application.process;

import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records a refusal on the application: the stage that refused comes from the task's
 * {@code refusedAt} input parameter, the reason from that stage's comment.
 */
@Component("recordRefusalDelegate")
class RecordRefusalDelegate implements JavaDelegate {

    private final ApplicationProgress applications;

    RecordRefusalDelegate(ApplicationProgress applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = CertificationProcess.refusedAt(execution);
        String reason = CertificationProcess.comment(execution, stage);
        UUID applicationId = CertificationProcess.applicationId(execution);
        applications.changeStatus(applicationId, ApplicationStatus.REJECTED, reason);
    }
}
