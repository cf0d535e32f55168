package eu.skills4cities.citycert.inbox.process;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.SlaProperties;
import org.springframework.stereotype.Component;

/**
 * The escalation timers' durations for the BPMN ({@code ${slaTimers.escalateAfter('REVIEW')}}),
 * from configuration. Public, because the engine's expression language calls only public
 * classes' methods.
 */
@Component("slaTimers")
public class SlaTimers {

    private final SlaProperties sla;

    SlaTimers(SlaProperties sla) {
        this.sla = sla;
    }

    /** The stage's escalation delay as an ISO-8601 duration, such as {@code PT288H}. */
    public String escalateAfter(String stage) {
        return sla.escalateAfter(Stage.valueOf(stage)).toString();
    }
}
