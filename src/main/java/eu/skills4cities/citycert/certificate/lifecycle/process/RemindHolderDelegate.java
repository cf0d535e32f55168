package eu.skills4cities.citycert.certificate.lifecycle.process;

import java.util.Optional;

import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the holder of the expiry": this rung's reminder (once), then the next rung of the ladder. */
@Component("remindHolderDelegate")
class RemindHolderDelegate implements JavaDelegate {

    private final CertificateLifecycle lifecycle;

    RemindHolderDelegate(CertificateLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int rung = LifecycleProcess.nextReminderDays(execution).orElseThrow();
        lifecycle.remind(LifecycleProcess.number(execution), rung);
        Optional<Integer> next = LifecycleProcess.reminderLadder(execution).stream()
                .filter(days -> days < rung).findFirst();
        LifecycleProcess.setNextReminder(execution, next);
    }
}
