package eu.skills4cities.citycert.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the audit log's head is signed, and where each checkpoint is mailed (docs/operations.md,
 * "Audit checkpoints").
 *
 * @param cycle  the timer's cycle, an ISO-8601 repeating interval ({@code R/PT1H}: every hour) or a cron expression
 * @param mailTo the off-site address each new checkpoint is mailed to; empty for none
 */
@ConfigurationProperties("citycert.audit.checkpoint")
public record AuditCheckpointProperties(String cycle, String mailTo) {

    public AuditCheckpointProperties {
        cycle = cycle == null || cycle.isBlank() ? "R/PT1H" : cycle.strip();
        mailTo = mailTo == null || mailTo.isBlank() ? null : mailTo.strip();
    }
}
