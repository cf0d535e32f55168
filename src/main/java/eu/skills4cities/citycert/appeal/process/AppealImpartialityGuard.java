package eu.skills4cities.citycert.appeal.process;

import java.util.UUID;

import eu.skills4cities.citycert.appeal.AppealImpartiality;
import eu.skills4cities.citycert.appeal.AppealProcess;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses, inside the engine, that the panel's task goes to or is completed by somebody who took part
 * in the contested decision, so the rule holds for Tasklist, the engine REST API and any other caller.
 * It reads and refuses, never changes the task or its variables: the staff services go on deciding on the task
 * as they read it before the claim ({@code inbox.VisibleTask}, checked by {@code AssignmentListenersTest}).
 */
@Component("appealImpartialityGuard")
class AppealImpartialityGuard implements TaskListener {

    private final AppealImpartiality impartiality;

    AppealImpartialityGuard(AppealImpartiality impartiality) {
        this.impartiality = impartiality;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        UUID appealId = AppealProcess.appealId(task);
        if (impartiality.excluded(appealId, assignee)) {
            throw new ProcessEngineException("Impartiality: " + assignee + " took part in the decision appeal "
                    + appealId + " contests and cannot work on it");
        }
    }
}
