package eu.skills4cities.citycert.inbox;

import java.time.Instant;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/** A completed staff task: who decided what, when and why. */
public record TaskOutcome(Stage stage, String verdict, String comment, String actor, Instant completedAt) {
}
