package eu.skills4cities.citycert.complaint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Complaints (docs/operations.md, "Complaints").
 *
 * @param answerWithin        how long after it counts a complaint should have its outcome; then the
 *                            complainant is told that it is still in progress
 * @param confirmationValidity how long the link that confirms a complainant's address works
 * @param qualityManager      the username to whom complaints about the body go; empty for the officers' group
 * @param escalationLead      who is told when a complaint's due date passes without an outcome (its open task is
 *                            escalated): a username or an email address; empty for every administrator
 * @param maxDescription      the longest description accepted, in characters
 * @param maxDocuments        the most documents one complaint or response may carry
 * @param rateLimit           how many complaints and confirmations one client address may send
 */
@ConfigurationProperties("citycert.complaints")
public record ComplaintProperties(Duration answerWithin, Duration confirmationValidity, String qualityManager,
                                  String escalationLead, int maxDescription, int maxDocuments,
                                  @DefaultValue RateLimit rateLimit) {

    public ComplaintProperties {
        answerWithin = answerWithin == null ? Duration.ofDays(30) : answerWithin;
        confirmationValidity = confirmationValidity == null ? Duration.ofHours(48) : confirmationValidity;
        qualityManager = qualityManager == null || qualityManager.isBlank() ? null : qualityManager.strip();
        escalationLead = escalationLead == null || escalationLead.isBlank() ? null : escalationLead.strip();
        maxDescription = maxDescription <= 0 ? 5000 : maxDescription;
        maxDocuments = maxDocuments <= 0 ? 5 : maxDocuments;
        rateLimit = rateLimit == null ? new RateLimit(0, 0, 0) : rateLimit;
    }

    /**
     * A token bucket per client address.
     *
     * @param capacity      complaints or confirmations a client may send in a burst
     * @param refillPerHour how many it regains per hour
     * @param maxClients    addresses remembered at most; the least recently seen are forgotten first
     */
    public record RateLimit(int capacity, int refillPerHour, int maxClients) {

        public RateLimit {
            capacity = capacity <= 0 ? 5 : capacity;
            refillPerHour = refillPerHour <= 0 ? 10 : refillPerHour;
            maxClients = maxClients <= 0 ? 10_000 : maxClients;
        }
    }
}
