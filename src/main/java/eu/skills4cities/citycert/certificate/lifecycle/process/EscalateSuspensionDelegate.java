package eu.skills4cities.citycert.certificate.lifecycle.process;

import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate the undecided suspension": the maximum period ended (or another tick passed) without a decision. */
@Component("escalateSuspensionDelegate")
class EscalateSuspensionDelegate implements JavaDelegate {

    private final Suspensions suspensions;

    EscalateSuspensionDelegate(Suspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        suspensions.escalate(execution.getProcessInstanceId());
    }
}
