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
 * Counts failed sign-ins in token buckets ({@link RateLimitBuckets}, shared by the nodes) and says
 * when an attempt must wait. Three counts: an account from one client address (the guesser at one
 * machine), a client address over any accounts (one machine trying many), and an account from
 * anywhere, with a much higher limit (guessing spread over many machines). Someone who knows a
 * username therefore cannot lock its owner out from one address: the owner's own address keeps
 * its own count. The form login and HTTP Basic both pass through it
 * ({@link ThrottledAuthenticationProvider}).
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final RateLimitBuckets buckets;
    private final BucketConfiguration perAccountAndAddress;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;

    LoginThrottle(RateLimitBuckets buckets, LoginThrottleProperties properties) {
        this.buckets = buckets;
        this.perAccountAndAddress = configuration(properties.failuresPerAccount(), properties.period());
        this.perAddress = configuration(properties.failuresPerAddress(), properties.period());
        this.perAccount = configuration(properties.failuresPerAccountOverall(), properties.period());
    }

    /** How long the next attempt must wait, if it must. Looking does not count as an attempt. */
    Optional<Duration> waitBefore(String username, String address) {
        long nanos = Math.max(nanosToWait(accountFromAddressKey(username, address), perAccountAndAddress),
                Math.max(nanosToWait(addressKey(address), perAddress), nanosToWait(accountKey(username), perAccount)));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** A failed attempt: it takes a token from each of the three buckets. */
    void failed(String username, String address) {
        boolean pairLeft = buckets.bucket(accountFromAddressKey(username, address), perAccountAndAddress).tryConsume(1);
        boolean addressLeft = buckets.bucket(addressKey(address), perAddress).tryConsume(1);
        boolean accountLeft = buckets.bucket(accountKey(username), perAccount).tryConsume(1);
        if (!pairLeft || !addressLeft || !accountLeft) {
            log.warn("Sign-in throttled for account {} from {}", username, address);
        }
    }

    /**
     * A successful sign-in: the account's failures from this address are forgiven, and its failures
     * from anywhere (not the address's over other accounts).
     */
    void succeeded(String username, String address) {
        forgive(accountFromAddressKey(username, address), perAccountAndAddress);
        forgive(accountKey(username), perAccount);
    }

    private long nanosToWait(String key, BucketConfiguration configuration) {
        EstimationProbe probe = buckets.bucket(key, configuration).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private void forgive(String key, BucketConfiguration configuration) {
        if (buckets.bucket(key, configuration).estimateAbilityToConsume(configuration.getBandwidths()[0].getCapacity())
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
        return "login:address:" + client(address);
    }

    private static String accountFromAddressKey(String username, String address) {
        return accountKey(username) + ":from:" + client(address);
    }

    private static String client(String address) {
        String client = address == null || address.isBlank() ? "unknown" : address;
        return client.length() > 100 ? client.substring(0, 100) : client;
    }
}
