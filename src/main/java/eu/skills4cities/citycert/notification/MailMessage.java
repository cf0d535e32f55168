package eu.skills4cities.citycert.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in the outbox; {@code sentAt} is null until it has been delivered to the SMTP server. */
public record MailMessage(UUID id, String recipient, String subject, String body, Instant createdAt,
                          Instant sentAt, int attempts, String lastError) {
}
