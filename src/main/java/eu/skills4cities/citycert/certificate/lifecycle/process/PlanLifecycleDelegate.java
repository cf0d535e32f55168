package eu.skills4cities.citycert.certificate.lifecycle.process;

import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Plan reminders and expiry": the timers' dates from the role's scheme settings. */
@Component("planLifecycleDelegate")
class PlanLifecycleDelegate implements JavaDelegate {

    private final CertificateLifecycle lifecycle;

    PlanLifecycleDelegate(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.plan(execution);
    }
}
