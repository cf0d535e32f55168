package eu.skills4cities.citycert.certificate.renewal.process;

import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the lapsed renewal": the holder did not answer the request by its deadline. */
@Component("recordRenewalLapseDelegate")
class RecordRenewalLapseDelegate implements JavaDelegate {

    private final RenewalChecks checks;

    RecordRenewalLapseDelegate(RenewalChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.lapse(RenewalProcess.renewalId(execution));
    }
}
