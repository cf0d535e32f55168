package eu.skills4cities.citycert.application;

import java.time.Instant;

/**
 * One step of an application, as its candidate reads it: the status it reached, when, and a
 * detail where there is one (a reason, the rule that failed).
 */
public record TimelineEntry(ApplicationStatus status, String detail, Instant occurredAt) {
}
