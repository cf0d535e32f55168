package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of the investigation: a panel note, a request to the appellant (with its deadline), or the
 * appellant's answer.
 *
 * @param kind NOTE, REQUEST or ANSWER
 */
public record AppealNote(UUID id, String kind, String author, String text, Instant dueAt, Instant createdAt) {
}
