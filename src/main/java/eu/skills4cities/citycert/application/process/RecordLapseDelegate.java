package eu.skills4cities.citycert.application.process;


import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes an application whose requested evidence did not arrive in time. */
@Component("recordLapseDelegate")
class RecordLapseDelegate implements JavaDelegate {

    private final ApplicationProgress applications;

    RecordLapseDelegate(ApplicationProgress applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.changeStatus(
                CertificationProcess.applicationId(execution),
                ApplicationStatus.LAPSED, null);
    }
}
