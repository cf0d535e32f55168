package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.UUID;

/**
 * One sitting of an exam: who, for which application, and its times. What the form holds is in
 * {@link SessionItem}s, read only by the session's own candidate while it runs.
 *
 * @param endsAt      start plus the time limit plus any extra time granted: the server's clock rules
 * @param submittedBy {@code CANDIDATE}, or {@code TIME_LIMIT} when the session's timer submitted it; null before
 */
public record ExamSession(UUID id, UUID applicationId, String applicationNumber, String candidate, String roleCode,
                          ExamSessionStatus status, Instant startedAt, Instant endsAt, String processInstanceId,
                          Instant submittedAt, String submittedBy, Instant voidedAt, String voidedBy,
                          String voidReason) {

    public static final String BY_CANDIDATE = "CANDIDATE";
    public static final String BY_TIME_LIMIT = "TIME_LIMIT";
}
