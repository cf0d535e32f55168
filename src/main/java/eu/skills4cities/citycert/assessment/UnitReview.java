package eu.skills4cities.citycert.assessment;

import java.time.Instant;

/** A recorded review verdict on one unit: who, when, what and why. */
public record UnitReview(String unitCode, ReviewVerdict verdict, String reason, String reviewer,
                         Instant reviewedAt, String taskId) {
}
