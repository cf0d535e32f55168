package eu.skills4cities.citycert.base;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Readings for the modules' metrics that a scraper asks for often: each reads its value at most once
 * per {@code citycert.metrics.max-age} (10 seconds unless configured) and answers the value read
 * before in between, so a scrape costs each metric at most one statement however often it comes,
 * and several meters can share one statement (the inbox's queues, one per queue).
 */
@Component
public class MetricReadings {

    private final Duration maxAge;

    MetricReadings(@Value("${citycert.metrics.max-age:PT10S}") Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** The value of {@code read}, read again only when the last reading is older than the maximum age. */
    public <T> Supplier<T> recent(Supplier<T> read) {
        return new Recent<>(read, maxAge.toNanos());
    }

    private static final class Recent<T> implements Supplier<T> {

        private final Supplier<T> read;
        private final long maxAgeNanos;
        private T value;
        private long readAt;
        private boolean present;

        Recent(Supplier<T> read, long maxAgeNanos) {
            this.read = read;
            this.maxAgeNanos = maxAgeNanos;
        }

        @Override
        public synchronized T get() {
            long now = System.nanoTime();
            if (!present || now - readAt >= maxAgeNanos) {
                // a failed reading throws and keeps no value: the meter shows no number rather than an old one
                present = false;
                value = read.get();
                readAt = now;
                present = true;
            }
            return value;
        }
    }
}
