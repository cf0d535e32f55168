package eu.skills4cities.citycert.application.process;

import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the candidate's withdrawal, with their reason if they gave one. */
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ApplicationService applications;

    RecordWithdrawalDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.changeStatus(
                UUID.fromString((String) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)),
                ApplicationStatus.WITHDRAWN, (String) execution.getVariable(CertificationProcess.VAR_WITHDRAWAL_REASON));
    }
}
