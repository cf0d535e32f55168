package eu.skills4cities.citycert.certificate.lifecycle.process;

import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the expiry and tell the holder". */
@Component("recordExpiryDelegate")
class RecordExpiryDelegate implements JavaDelegate {

    private final CertificateLifecycle lifecycle;

    RecordExpiryDelegate(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire(LifecycleProcess.number(execution));
    }
}
