package eu.skills4cities.citycert.inbox;

import java.time.Instant;
import java.util.List;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/** A staff task that waited longer than its stage allows: when it was escalated and who was told. */
public record TaskEscalation(Stage stage, Instant escalatedAt, List<String> notified) {

    public TaskEscalation {
        notified = List.copyOf(notified);
    }
}
