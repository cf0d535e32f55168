package eu.skills4cities.citycert.certificate.renewal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The certification body's settings for renewals (a role's CPD and window are its scheme settings).
 *
 * @param answerPeriod   how long the holder has to answer a reviewer's request for more (default 14 days)
 * @param reminderBefore how long before that deadline the holder is reminded (default 3 days)
 */
@ConfigurationProperties("citycert.renewal")
record RenewalProperties(Period answerPeriod, Period reminderBefore) {

    RenewalProperties {
        if (answerPeriod == null || answerPeriod.isZero() || answerPeriod.isNegative()) {
            answerPeriod = Period.ofDays(14);
        }
        if (reminderBefore == null || reminderBefore.isNegative()) {
            reminderBefore = Period.ofDays(3);
        }
    }
}
