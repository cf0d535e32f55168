package eu.skills4cities.citycert.inbox;

import java.time.Instant;

/** A comment on a staff task: who, what, when. */
public record TaskComment(String author, String text, Instant at) {
}
