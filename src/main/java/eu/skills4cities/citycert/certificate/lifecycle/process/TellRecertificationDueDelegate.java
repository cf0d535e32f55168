package eu.skills4cities.citycert.certificate.lifecycle.process;

import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tell the holder recertification is due": the notice, once per certificate. */
@Component("tellRecertificationDueDelegate")
class TellRecertificationDueDelegate implements JavaDelegate {

    private final CertificateLifecycle lifecycle;

    TellRecertificationDueDelegate(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recertificationDue(LifecycleProcess.number(execution));
    }
}
