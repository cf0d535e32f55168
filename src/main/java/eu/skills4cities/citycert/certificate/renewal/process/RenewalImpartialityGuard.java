package eu.skills4cities.citycert.certificate.renewal.process;

import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses, inside the engine, that "Check the renewal" goes to or is completed by the certificate's holder
 * or somebody who reviewed or assessed its application, so the rule holds for Tasklist, the engine REST API
 * and any other caller, as {@code assessment.process.ImpartialityGuard} does for the certification decision.
 * It reads and refuses, never changes the task or its variables: the staff services go on deciding on the task
 * as they read it before the claim ({@code inbox.VisibleTask}, checked by {@code AssignmentListenersTest}).
 */
@Component("renewalImpartialityGuard")
class RenewalImpartialityGuard implements TaskListener {

    private final RenewalChecks checks;

    RenewalImpartialityGuard(RenewalChecks checks) {
        this.checks = checks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            checks.requireImpartial(RenewalProcess.renewalId(task), task.getAssignee());
        }
    }
}
