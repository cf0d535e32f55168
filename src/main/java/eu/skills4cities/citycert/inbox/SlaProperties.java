package eu.skills4cities.citycert.inbox;

import java.time.Duration;
import java.util.Optional;

import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each staff stage may take before its task is due, and when a task that waits
 * longer is escalated and to whom.
 *
 * @param review     evidence review
 * @param assessment assessment
 * @param decision   certification decision
 * @param escalation per stage, when a task is escalated and who is told ({@code citycert.sla.escalation.<stage>.*})
 */
@ConfigurationProperties("citycert.sla")
public record SlaProperties(Duration review, Duration assessment, Duration decision, Escalations escalation) {

    /** An escalation comes this long after the due date unless the stage says otherwise. */
    public static final Duration DEFAULT_ESCALATION_GRACE = Duration.ofDays(2);

    public SlaProperties {
        review = review == null ? Duration.ofDays(10) : review;
        assessment = assessment == null ? Duration.ofDays(20) : assessment;
        decision = decision == null ? Duration.ofDays(5) : decision;
        escalation = escalation == null ? new Escalations(null, null, null) : escalation;
    }

    public Duration of(Stage stage) {
        return switch (stage) {
            case REVIEW -> review;
            case ASSESSMENT -> assessment;
            case DECISION -> decision;
        };
    }

    /** How long after its creation a task of the stage is escalated: as configured, else two days after it is due. */
    public Duration escalateAfter(Stage stage) {
        Duration after = escalation.of(stage).after();
        return after != null ? after : of(stage).plus(DEFAULT_ESCALATION_GRACE);
    }

    /** The stage's lead, a username or an email address; empty when the administrators are told instead. */
    public Optional<String> lead(Stage stage) {
        return Optional.ofNullable(escalation.of(stage).lead());
    }

    /** The escalation settings of each stage. */
    public record Escalations(Escalation review, Escalation assessment, Escalation decision) {

        public Escalations {
            review = review == null ? Escalation.UNSET : review;
            assessment = assessment == null ? Escalation.UNSET : assessment;
            decision = decision == null ? Escalation.UNSET : decision;
        }

        public Escalation of(Stage stage) {
            return switch (stage) {
                case REVIEW -> review;
                case ASSESSMENT -> assessment;
                case DECISION -> decision;
            };
        }
    }

    /**
     * One stage's escalation.
     *
     * @param after how long after its creation a waiting task is escalated (ISO-8601), or null for the default
     * @param lead  the stage's lead (username or email address) who is told, or null for the administrators
     */
    public record Escalation(Duration after, String lead) {

        static final Escalation UNSET = new Escalation(null, null);

        public Escalation {
            if (after != null && (after.isNegative() || after.isZero())) {
                throw new IllegalArgumentException("citycert.sla.escalation.*.after must be a positive duration, not " + after);
            }
            lead = lead == null || lead.isBlank() ? null : lead.strip();
        }
    }
}
