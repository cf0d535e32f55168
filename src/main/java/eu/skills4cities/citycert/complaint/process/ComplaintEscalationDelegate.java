package eu.skills4cities.citycert.complaint.process;

import eu.skills4cities.citycert.complaint.ComplaintEscalations;
import eu.skills4cities.citycert.complaint.ComplaintProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The step after the progress notice when the due date passed: the complaint's open task is escalated. */
@Component("complaintEscalationDelegate")
class ComplaintEscalationDelegate implements JavaDelegate {

    private final ComplaintEscalations escalations;

    ComplaintEscalationDelegate(ComplaintEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(ComplaintProcess.complaintId(execution));
    }
}
