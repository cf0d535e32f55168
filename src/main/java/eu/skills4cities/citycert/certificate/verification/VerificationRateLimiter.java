package eu.skills4cities.citycert.certificate.verification;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from walking the register by trying numbers: a token bucket per client address
 * ({@code citycert.verification.rate-limit.*}). Each lookup or upload takes a token; tokens come
 * back at a steady rate up to the bucket's capacity. Memory stays bounded: a client whose bucket
 * has filled up again is forgotten (a full bucket is what a new client gets anyway), and beyond
 * {@code max-clients} the least recently seen client is forgotten first. One node's count: in a
 * cluster each node limits on its own.
 */
@Component
public class VerificationRateLimiter {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int capacity;
    private final int refillPerMinute;
    private final int maxClients;
    private final LongSupplier nanoTime;
    /** access order: the eldest entry is the client seen least recently */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    @Autowired
    VerificationRateLimiter(VerificationProperties properties) {
        this(properties.rateLimit(), System::nanoTime);
    }

    VerificationRateLimiter(VerificationProperties.RateLimit limit, LongSupplier nanoTime) {
        this.capacity = limit.capacity();
        this.refillPerMinute = limit.refillPerMinute();
        this.maxClients = limit.maxClients();
        this.nanoTime = nanoTime;
    }

    /** Whether a client may make one more lookup or upload now; if so, it is counted. */
    public synchronized Admission admit(String clientAddress) {
        String client = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        long now = nanoTime.getAsLong();
        forgetRefilledClients(now);
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                Iterator<Bucket> eldest = buckets.values().iterator();
                eldest.next();
                eldest.remove();
            }
            bucket = new Bucket(capacity, now);
            buckets.put(client, bucket);
        }
        bucket.refill(now);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return new Admission(true, Duration.ZERO);
        }
        long nanosToNextToken = (long) Math.ceil((1 - bucket.tokens) * NANOS_PER_MINUTE / refillPerMinute);
        long seconds = Math.max(1, (nanosToNextToken + 999_999_999L) / 1_000_000_000L);
        return new Admission(false, Duration.ofSeconds(seconds));
    }

    /** How many clients are remembered now (for tests of the memory bound). */
    synchronized int clientsRemembered() {
        return buckets.size();
    }

    /** Drops clients from the least recently seen on, as long as their bucket has filled up again. */
    private void forgetRefilledClients(long now) {
        Iterator<Map.Entry<String, Bucket>> entries = buckets.entrySet().iterator();
        while (entries.hasNext()) {
            Bucket bucket = entries.next().getValue();
            if (!bucket.fullAt(now)) {
                break;
            }
            entries.remove();
        }
    }

    /**
     * @param retryAfter when refused, how long until the client may try again
     */
    public record Admission(boolean admitted, Duration retryAfter) {
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        void refill(long now) {
            tokens = tokensAt(now);
            updatedAt = now;
        }

        boolean fullAt(long now) {
            return tokensAt(now) >= capacity;
        }

        private double tokensAt(long now) {
            return Math.min(capacity, tokens + (double) (now - updatedAt) * refillPerMinute / NANOS_PER_MINUTE);
        }
    }
}
