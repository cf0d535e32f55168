package eu.skills4cities.citycert.certificate.renewal.process;

import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the holder of the request": the deadline of the reviewer's request is near. */
@Component("remindRenewalAnswerDelegate")
class RemindRenewalAnswerDelegate implements JavaDelegate {

    private final RenewalChecks checks;

    RemindRenewalAnswerDelegate(RenewalChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.remindAnswer(RenewalProcess.renewalId(execution));
    }
}
