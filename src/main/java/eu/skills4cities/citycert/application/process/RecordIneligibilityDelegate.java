package eu.skills4cities.citycert.application.process;

import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records on the application which eligibility rule failed (from the eligibility decision's result). */
@Component("recordIneligibilityDelegate")
class RecordIneligibilityDelegate implements JavaDelegate {

    private final ApplicationProgress applications;

    RecordIneligibilityDelegate(ApplicationProgress applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationProcess.EligibilityResult result = CertificationProcess.eligibility(execution);
        applications.markIneligible(CertificationProcess.applicationId(execution), result.failedRule(), result.required());
    }
}
