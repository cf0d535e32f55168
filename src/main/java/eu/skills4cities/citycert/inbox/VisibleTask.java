package eu.skills4cities.citycert.inbox;

import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.camunda.bpm.engine.task.Task;

/**
 * A certification task the user may see, with the process variables the staff services decide on, as
 * {@link TaskAccess#visibleTask} read them once for the service call. The helpers take this value rather than
 * the task id, so that none of them asks the engine for the task or a variable again (each {@code getVariable}
 * is an engine command that reads the task, its executions and their variables anew). A claim or a hand-over in
 * the call leaves this snapshot true only because no task listener on {@code assignment} (or {@code update})
 * changes the task or its variables: {@code AssignmentListenersTest} checks every deployed model for that.
 *
 * @param applicationId     the application the task is about
 * @param candidate         the application's candidate (username)
 * @param excludedStaff     who may not work on the tasks of an application reopened on appeal; empty when none
 * @param assessmentRoute   the route the assessment takes ({@link CertificationProcess#VAR_ASSESSMENT_ROUTE}),
 *                          or null before the route was chosen
 * @param assessmentVerdict the assessment's outcome as the process routed on it, or null before the assessment
 */
record VisibleTask(Task task, UUID applicationId, String candidate, Set<String> excludedStaff,
                   Object assessmentRoute, Object assessmentVerdict) {

    /** The variables a visible task carries, read in one query. */
    static final Set<String> VARIABLES = Set.of(CertificationProcess.VAR_APPLICATION_ID,
            CertificationProcess.VAR_CANDIDATE, CertificationProcess.VAR_EXCLUDED_STAFF,
            CertificationProcess.VAR_ASSESSMENT_ROUTE, Stage.ASSESSMENT.verdictVariable());

    VisibleTask {
        excludedStaff = Set.copyOf(excludedStaff);
    }

    String id() {
        return task.getId();
    }

    String assignee() {
        return task.getAssignee();
    }

    Stage stage() {
        return TaskAccess.stageOf(task);
    }
}
