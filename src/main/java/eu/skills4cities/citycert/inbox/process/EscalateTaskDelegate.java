package eu.skills4cities.citycert.inbox.process;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.TaskEscalations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate the …": the stage's task has waited too long; the stage comes from the service task's input. */
@Component("escalateTaskDelegate")
class EscalateTaskDelegate implements JavaDelegate {

    private final TaskEscalations escalations;

    EscalateTaskDelegate(TaskEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = CertificationProcess.escalatedStage(execution);
        escalations.escalate(execution.getProcessInstanceId(), stage);
    }
}
