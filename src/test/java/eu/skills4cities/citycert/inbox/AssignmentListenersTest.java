package eu.skills4cities.citycert.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assumption behind {@link VisibleTask}: <b>no task listener that runs when a task is claimed or handed over
 * changes the task or its variables.</b> A staff service reads the task and its variables once per call
 * ({@link TaskAccess#visibleTask}), then claims it or hands it over and goes on deciding on that snapshot; a
 * listener on {@code assignment} (or on {@code update}, which a change of assignee fires too) that set a variable,
 * the due date or the assignee would leave the snapshot stale for the rest of the call.
 * <p>
 * So every user task of every BPMN that CityCert deploys (the engine's {@code deployment-resource-pattern},
 * {@code classpath*:processes/*.bpmn}) may carry such a listener only when it is on the allow list below, with why
 * it changes nothing. A listener added to a model fails this test until it is checked and listed; one removed
 * fails it until its entry goes, so the list stays what the models hold. Listeners added in code (a
 * {@code BpmnParseListener} in an engine plugin) are not seen here; CityCert has none.
 */
class AssignmentListenersTest {

    /** The events a claim or a hand-over fires on a task that exists already. */
    private static final Set<String> ON_ASSIGNEE_CHANGE = Set.of(TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE);

    /**
     * The listeners allowed on those events, by their delegate expression, with why they leave the task alone:
     * each impartiality guard reads the assignee and the task's variables, asks its feature's read-only check, and
     * refuses by throwing (which rolls the claim back with the call); none sets a variable or a task property.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "${impartialityGuard}", "assessment.process.ImpartialityGuard: reads, and refuses by throwing",
            "${appealImpartialityGuard}", "appeal.process.AppealImpartialityGuard: reads, and refuses by throwing",
            "${renewalImpartialityGuard}",
            "certificate.renewal.process.RenewalImpartialityGuard: reads, and refuses by throwing",
            "${complaintImpartialityGuard}",
            "complaint.process.ComplaintImpartialityGuard: reads, and refuses by throwing");

    @Test
    void no_listener_on_a_change_of_assignee_changes_the_task_the_staff_services_read_once() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        List<String> modelNames = new ArrayList<>();
        int userTasks = 0;
        List<String> notAllowed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Resource resource : models) {
            modelNames.add(resource.getFilename());
            BpmnModelInstance model;
            try (InputStream in = resource.getInputStream()) {
                model = Bpmn.readModelFromStream(in);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                if (task.getExtensionElements() == null) {
                    continue;
                }
                for (CamundaTaskListener listener : task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaTaskListener.class).list()) {
                    if (!ON_ASSIGNEE_CHANGE.contains(listener.getCamundaEvent())) {
                        continue;
                    }
                    String implementation = implementation(listener);
                    if (ALLOWED.containsKey(implementation)) {
                        used.add(implementation);
                    } else {
                        notAllowed.add(resource.getFilename() + " " + task.getId() + ": " + implementation + " on "
                                + listener.getCamundaEvent());
                    }
                }
            }
        }

        assertThat(modelNames).as("the deployed models were found")
                .contains("certification.bpmn", "appeal.bpmn", "complaint.bpmn", "certificate-lifecycle.bpmn");
        assertThat(userTasks).as("user tasks were read").isGreaterThanOrEqualTo(10);
        assertThat(notAllowed).as("listeners on a change of assignee that nobody checked leave the task alone "
                + "(VisibleTask's snapshot would go stale if they change it)").isEmpty();
        assertThat(used).as("every allowed listener is still in a model").isEqualTo(ALLOWED.keySet());
    }

    private static String implementation(CamundaTaskListener listener) {
        if (listener.getCamundaDelegateExpression() != null) {
            return listener.getCamundaDelegateExpression();
        }
        if (listener.getCamundaClass() != null) {
            return "class " + listener.getCamundaClass();
        }
        if (listener.getCamundaExpression() != null) {
            return "expression " + listener.getCamundaExpression();
        }
        return "a script";
    }
}
