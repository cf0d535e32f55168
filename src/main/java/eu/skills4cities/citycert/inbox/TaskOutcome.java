package eu.skills4cities.citycert.inbox;

import java.time.Instant;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;

/**
 * A completed staff task: who decided what, when and why. {@code noConflictDeclared} is
 * true when a certification officer declared, with the decision, no conflict of interest.
 */
public record TaskOutcome(Stage stage, String verdict, String comment, String actor, Instant completedAt,
                          Boolean noConflictDeclared) {
}
