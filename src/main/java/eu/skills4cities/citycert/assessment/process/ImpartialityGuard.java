package eu.skills4cities.citycert.assessment.process;

import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.assessment.CertificationDecisions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses, inside the engine, that any task of an application goes to or is completed by its own candidate (a
 * member of staff who applies), that the decision task goes to or is completed by somebody
 * who reviewed or assessed the application, and that any task of an application reopened on appeal
 * goes to or is completed by somebody involved in the contested decision ({@code excludedStaff}), so the
 * rules hold for Tasklist, the engine REST API and any other caller, not only for CityCert's own screens.
 * It reads and refuses, never changes the task or its variables: the staff services go on deciding on the task
 * as they read it before the claim ({@code inbox.VisibleTask}, checked by {@code AssignmentListenersTest}).
 */
@Component("impartialityGuard")
class ImpartialityGuard implements TaskListener {

    private final CertificationDecisions decisions;

    ImpartialityGuard(CertificationDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        UUID applicationId = CertificationProcess.applicationId(task);
        if (assignee.equals(task.getVariable(CertificationProcess.VAR_CANDIDATE))) {
            throw new ProcessEngineException("Impartiality: " + assignee + " is the candidate of application "
                    + applicationId + " and cannot review, assess (confirm or void its exam) or decide it");
        }
        if (CertificationProcess.excludedStaff(task).contains(assignee)) {
            throw new ProcessEngineException("Impartiality: " + assignee + " took part in the decision an appeal "
                    + "reopened application " + applicationId + " on, and cannot work on it");
        }
        if (CertificationProcess.ACTIVITY_DECIDE.equals(task.getTaskDefinitionKey())
                && decisions.judged(applicationId, assignee)) {
            throw new ProcessEngineException("Impartiality: " + assignee + " reviewed or assessed application "
                    + applicationId + " and cannot take its certification decision");
        }
    }
}
