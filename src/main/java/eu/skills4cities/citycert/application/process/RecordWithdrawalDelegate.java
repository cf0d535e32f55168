package eu.skills4cities.citycert.application.process;


import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the candidate's withdrawal, with their reason if they gave one. */
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final ApplicationProgress applications;

    RecordWithdrawalDelegate(ApplicationProgress applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.changeStatus(
                CertificationProcess.applicationId(execution),
                ApplicationStatus.WITHDRAWN, CertificationProcess.withdrawalReason(execution));
    }
}
