package eu.skills4cities.citycert.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each checkpoint of the audit log is mailed (docs/operations.md, "Audit checkpoints"). The
 * cycle ({@code citycert.audit.checkpoint.cycle}) is read by the upkeep process's timer itself,
 * from Spring's environment, when the engine deploys the model.
 *
 * @param mailTo the off-site address each new checkpoint is mailed to; empty for none
 */
@ConfigurationProperties("citycert.audit.checkpoint")
public record AuditCheckpointProperties(String mailTo) {

    public AuditCheckpointProperties {
        mailTo = mailTo == null || mailTo.isBlank() ? null : mailTo.strip();
    }
}
