package eu.skills4cities.citycert.inbox;

import java.time.Duration;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each staff stage may take before its task is due.
 *
 * @param review     evidence review
 * @param assessment assessment
 * @param decision   certification decision
 */
@ConfigurationProperties("citycert.sla")
public record SlaProperties(Duration review, Duration assessment, Duration decision) {

    public SlaProperties {
        review = review == null ? Duration.ofDays(10) : review;
        assessment = assessment == null ? Duration.ofDays(20) : assessment;
        decision = decision == null ? Duration.ofDays(5) : decision;
    }

    public Duration of(Stage stage) {
        return switch (stage) {
            case REVIEW -> review;
            case ASSESSMENT -> assessment;
            case DECISION -> decision;
        };
    }
}
