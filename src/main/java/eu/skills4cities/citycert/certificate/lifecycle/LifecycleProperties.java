package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the certificate lifecycle that are the certification body's, not a role's (those are in
 * the framework's scheme settings).
 *
 * @param escalationRepeat how often an undecided suspension is escalated again after its maximum period
 *                         ended (default every 7 days)
 * @param startupBatch     how many certificates without a process the start-up step starts per transaction
 */
@ConfigurationProperties("citycert.lifecycle")
record LifecycleProperties(Period escalationRepeat, int startupBatch) {

    LifecycleProperties {
        if (escalationRepeat == null || escalationRepeat.isZero() || escalationRepeat.isNegative()) {
            escalationRepeat = Period.ofDays(7);
        }
        if (startupBatch <= 0) {
            startupBatch = 100;
        }
    }
}
