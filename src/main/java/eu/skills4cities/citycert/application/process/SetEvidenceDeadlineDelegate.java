package eu.skills4cities.citycert.application.process;

import java.time.Clock;
import java.time.Instant;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.EvidenceRequestProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deadline of a request for more evidence, and when to remind the candidate, from configuration. */
@Component("setEvidenceDeadlineDelegate")
class SetEvidenceDeadlineDelegate implements JavaDelegate {

    private final EvidenceRequestProperties properties;
    private final Clock clock;

    SetEvidenceDeadlineDelegate(EvidenceRequestProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant due = clock.instant().plus(properties.deadline());
        CertificationProcess.setEvidenceDeadline(execution, due, due.minus(properties.reminderBefore()));
    }
}
