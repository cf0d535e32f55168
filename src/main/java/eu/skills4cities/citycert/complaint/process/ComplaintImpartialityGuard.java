package eu.skills4cities.citycert.complaint.process;

import eu.skills4cities.citycert.complaint.ComplaintImpartiality;
import eu.skills4cities.citycert.complaint.ComplaintProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses, inside the engine, that a complaint task (triage or investigation) goes to or is
 * completed by somebody who may not handle the complaint ({@link ComplaintImpartiality}): the
 * complainant, the certified person, or who reviewed or assessed their certification. So the rule
 * holds for Tasklist, the engine's REST API and any other caller, not only for CityCert's screens.
 * It reads and refuses, never changes the task or its variables: the staff services go on deciding on the task
 * as they read it before the claim ({@code inbox.VisibleTask}, checked by {@code AssignmentListenersTest}).
 */
@Component("complaintImpartialityGuard")
class ComplaintImpartialityGuard implements TaskListener {

    private final ComplaintImpartiality impartiality;

    ComplaintImpartialityGuard(ComplaintImpartiality impartiality) {
        this.impartiality = impartiality;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        impartiality.partiality(ComplaintProcess.complaintId(task), assignee).ifPresent(partiality -> {
            throw new ProcessEngineException("Impartiality: " + assignee + " may not handle complaint "
                    + task.getExecution().getBusinessKey() + " (" + partiality.key() + ")");
        });
    }
}
