package eu.skills4cities.citycert.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in token buckets
 * ({@link RateLimitBuckets}, shared by the nodes) and says when an attempt must wait. The form
 * login and HTTP Basic both pass through it ({@link ThrottledAuthenticationProvider}).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final RateLimitBuckets buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    LoginThrottle(RateLimitBuckets buckets, LoginThrottleProperties properties) {
        this.buckets = buckets;
        this.perAccount = configuration(properties.failuresPerAccount(), properties.period());
        this.perAddress = configuration(properties.failuresPerAddress(), properties.period());
    }

    /** How long the next attempt must wait, if it must. Looking does not count as an attempt. */
    Optional<Duration> waitBefore(String username, String address) {
        EstimationProbe account = buckets.bucket(accountKey(username), perAccount).estimateAbilityToConsume(1);
        EstimationProbe client = buckets.bucket(addressKey(address), perAddress).estimateAbilityToConsume(1);
        long nanos = Math.max(account.canBeConsumed() ? 0 : account.getNanosToWaitForRefill(),
                client.canBeConsumed() ? 0 : client.getNanosToWaitForRefill());
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** A failed attempt: it takes a token from the account's and from the address's bucket. */
    void failed(String username, String address) {
        boolean accountLeft = buckets.bucket(accountKey(username), perAccount).tryConsume(1);
        boolean addressLeft = buckets.bucket(addressKey(address), perAddress).tryConsume(1);
        if (!accountLeft || !addressLeft) {
            log.warn("Sign-in throttled for account {} from {}", username, address);
        }
    }

    /** A successful sign-in: the account's failures are forgiven (not the address's). */
    void succeeded(String username) {
        String key = accountKey(username);
        if (buckets.bucket(key, perAccount).estimateAbilityToConsume(perAccount.getBandwidths()[0].getCapacity())
                .canBeConsumed()) {
            // no failures to forgive: spare the write
            return;
        }
        buckets.forget(key);
    }

    private static BucketConfiguration configuration(int failures, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, period))
                .build();
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "login:account:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressKey(String address) {
        String client = address == null || address.isBlank() ? "unknown" : address;
        return "login:address:" + (client.length() > 100 ? client.substring(0, 100) : client);
    }
}
