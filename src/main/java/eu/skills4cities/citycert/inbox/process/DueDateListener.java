package eu.skills4cities.citycert.inbox.process;

import java.time.Clock;
import java.util.Date;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.SlaProperties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives each new staff task its due date from the stage's service level (citycert.sla.*). */
@Component("dueDateListener")
class DueDateListener implements TaskListener {

    private final SlaProperties sla;
    private final Clock clock;

    DueDateListener(SlaProperties sla, Clock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage.ofActivity(task.getTaskDefinitionKey())
                .ifPresent(stage -> task.setDueDate(Date.from(clock.instant().plus(sla.of(stage)))));
    }
}
