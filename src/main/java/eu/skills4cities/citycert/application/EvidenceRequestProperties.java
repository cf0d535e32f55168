package eu.skills4cities.citycert.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param deadline       how long a candidate has to answer a request for more evidence
 * @param reminderBefore how long before the deadline the candidate is reminded
 */
@ConfigurationProperties("citycert.evidence-request")
public record EvidenceRequestProperties(Duration deadline, Duration reminderBefore) {

    public EvidenceRequestProperties {
        deadline = deadline == null ? Duration.ofDays(30) : deadline;
        reminderBefore = reminderBefore == null ? Duration.ofDays(7) : reminderBefore;
        if (reminderBefore.compareTo(deadline) >= 0) {
            reminderBefore = deadline.dividedBy(2);
        }
    }
}
