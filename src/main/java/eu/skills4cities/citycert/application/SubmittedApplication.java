package eu.skills4cities.citycert.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A submitted application as the auditor's list shows it: who reviewed, assessed and decided are
 * the usernames that completed the stage's task (the engine's history), null while nobody has;
 * {@code decidedAt} is when the certification decision was recorded, null before.
 */
public record SubmittedApplication(UUID id, String number, String candidateUsername, String candidateName,
                                   String roleCode, ApplicationStatus status, Instant submittedAt,
                                   Instant decidedAt, String reviewer, String assessor, String decider) {
}
