package eu.skills4cities.citycert.base;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per client address, in memory (Bucket4j, greedy refill), for the public pages
 * and endpoints that anyone may call without signing in: public verification and the complaint
 * form each keep one with their own limits. Each call takes a token; tokens come back at a steady
 * rate up to the bucket's capacity. Memory stays bounded: a client whose bucket has filled up
 * again is forgotten (a full bucket is what a new client gets anyway), and beyond
 * {@code maxClients} the least recently seen client is forgotten first. One node's count: in a
 * cluster each node limits on its own (sign-in throttling, where a shared count matters more,
 * keeps its buckets in PostgreSQL).
 */
public class ClientRateLimiter {

    private final int capacity;
    private final int refillTokens;
    private final Duration refillPeriod;
    private final int maxClients;
    private final TimeMeter time;
    /** access order: the eldest entry is the client seen least recently */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param capacity     calls a client may make in a burst
     * @param refillTokens calls a client regains per {@code refillPeriod}
     * @param maxClients   addresses remembered at most
     * @param nanoTime     the clock the buckets read (tests move it)
     */
    public ClientRateLimiter(int capacity, int refillTokens, Duration refillPeriod, int maxClients,
                             LongSupplier nanoTime) {
        this.capacity = capacity;
        this.refillTokens = refillTokens;
        this.refillPeriod = refillPeriod;
        this.maxClients = maxClients;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Whether a client may make one more call now; if so, it is counted. */
    public synchronized Admission admit(String clientAddress) {
        String client = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        forgetRefilledClients();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                Iterator<Bucket> eldest = buckets.values().iterator();
                eldest.next();
                eldest.remove();
            }
            bucket = newBucket();
            buckets.put(client, bucket);
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Admission(true, Duration.ZERO);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Admission(false, Duration.ofSeconds(seconds));
    }

    /** How many clients are remembered now (for tests of the memory bound). */
    public synchronized int clientsRemembered() {
        return buckets.size();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refillTokens, refillPeriod))
                .withCustomTimePrecision(time)
                // admit() is synchronized already
                .withSynchronizationStrategy(io.github.bucket4j.local.SynchronizationStrategy.NONE)
                .build();
    }

    /** Drops clients from the least recently seen on, as long as their bucket has filled up again. */
    private void forgetRefilledClients() {
        Iterator<Map.Entry<String, Bucket>> entries = buckets.entrySet().iterator();
        while (entries.hasNext()) {
            Bucket bucket = entries.next().getValue();
            if (bucket.getAvailableTokens() < capacity) {
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
}
