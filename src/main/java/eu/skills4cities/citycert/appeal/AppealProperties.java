package eu.skills4cities.citycert.appeal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The appeals' service levels ({@code citycert.appeal.*}). The window for appealing is the role's
 * scheme setting {@code appealWindowDays}.
 *
 * @param decision            how long the panel has from receipt to outcome: the task's due date, after
 *                            which the appellant gets a progress notice and the panel is escalated to
 * @param informationDeadline how long the appellant has to answer a request of the panel
 * @param informationReminder how long before that deadline the appellant is reminded
 */
@ConfigurationProperties("citycert.appeal")
public record AppealProperties(Duration decision, Duration informationDeadline, Duration informationReminder) {

    public AppealProperties {
        decision = decision == null ? Duration.ofDays(30) : decision;
        informationDeadline = informationDeadline == null ? Duration.ofDays(14) : informationDeadline;
        informationReminder = informationReminder == null ? Duration.ofDays(3) : informationReminder;
    }
}
