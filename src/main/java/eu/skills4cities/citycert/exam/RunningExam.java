package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.UUID;

/**
 * A running exam session as a certification officer sees it, to grant extra time: whose, for which role, and its
 * times by the server's clock. No item and no answer.
 *
 * @param secondsLeft  until {@code endsAt} by the server's clock, when the list was read
 * @param extraMinutes the extra time granted to it so far
 */
public record RunningExam(UUID sessionId, String applicationNumber, String candidateName, String roleCode,
                          String roleTitle, Instant startedAt, Instant endsAt, long secondsLeft, int extraMinutes) {
}
