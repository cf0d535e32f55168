package eu.skills4cities.citycert.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are allowed before further attempts are refused for a while
 * ({@code citycert.security.login-throttle.*}, docs/security.md). Each failure takes a token
 * from the bucket of the account at the client address, from the address's bucket and from the
 * account's bucket over all addresses; tokens come back evenly over {@code period}, so after a
 * burst of failures one more attempt is allowed every {@code period / failures}. A successful
 * sign-in fills the account's buckets again.
 *
 * @param failuresPerAccount        failed sign-ins in a row one username may have from one address
 * @param failuresPerAddress        failed sign-ins in a row one client address may have, over any usernames
 * @param failuresPerAccountOverall failed sign-ins in a row one username may have from all addresses
 * @param period                    how long a full bucket takes to come back
 */
@ConfigurationProperties("citycert.security.login-throttle")
record LoginThrottleProperties(int failuresPerAccount, int failuresPerAddress, int failuresPerAccountOverall,
                               Duration period) {

    LoginThrottleProperties {
        failuresPerAccount = failuresPerAccount <= 0 ? 5 : failuresPerAccount;
        failuresPerAddress = failuresPerAddress <= 0 ? 20 : failuresPerAddress;
        failuresPerAccountOverall = failuresPerAccountOverall <= 0 ? 100 : failuresPerAccountOverall;
        period = period == null || period.isNegative() || period.isZero() ? Duration.ofMinutes(15) : period;
    }
}
