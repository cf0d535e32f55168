package eu.skills4cities.citycert.application.process;


import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Runs on the "eligible" flow and puts the passed eligibility check on the application's timeline. */
@Component("eligibilityPassedListener")
class EligibilityPassedListener implements ExecutionListener {

    private final ApplicationProgress applications;

    EligibilityPassedListener(ApplicationProgress applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        applications.recordEligible(CertificationProcess.applicationId(execution));
    }
}
