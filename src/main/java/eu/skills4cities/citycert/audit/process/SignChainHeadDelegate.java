package eu.skills4cities.citycert.audit.process;

import eu.skills4cities.citycert.audit.AuditCheckpointer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The asynchronous "Sign the audit log's head" step. Safe to retry: a signed head is not signed again. */
@Component("signChainHeadDelegate")
class SignChainHeadDelegate implements JavaDelegate {

    private final AuditCheckpointer checkpointer;

    SignChainHeadDelegate(AuditCheckpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checkpointer.checkpoint();
    }
}
