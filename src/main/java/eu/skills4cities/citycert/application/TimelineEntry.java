package eu.skills4cities.citycert.application;

import java.time.Instant;

/**
 * One step of an application, as its candidate reads it: the step (a status such as
 * {@code IN_REVIEW}, or {@code ELIGIBLE} when the eligibility rules were met), when, and a
 * detail where there is one (a reason, the rule that failed, the reviewer's request).
 */
public record TimelineEntry(String step, String detail, Instant occurredAt) {

    /** The step that records a passed eligibility check. */
    public static final String ELIGIBLE = "ELIGIBLE";
    /** The step that records a submitted exam; its detail is the result per unit (codes and percentages). */
    public static final String EXAM_SUBMITTED = "EXAM_SUBMITTED";
    /** The step that records an exam session voided by the assessor; its detail is their reason. */
    public static final String EXAM_VOIDED = "EXAM_VOIDED";
}
