package eu.skills4cities.citycert.security;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import eu.skills4cities.citycert.base.Sha256;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL (table {@code rate_limit_bucket}, Bucket4j's backend with
 * {@code SELECT ... FOR UPDATE}), so every node of a cluster sees the same count. Time is the
 * application's {@link Clock}, which tests can move. A bucket that has filled up again may be
 * deleted (it is what a new one would be); the rows of such buckets are removed every five
 * minutes, by one node of a cluster at a time ({@code @SchedulerLock}): harmless on every node at
 * once, but pointless.
 */
@Component
class RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @Autowired
    RateLimitBuckets(DataSource dataSource, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .clientClock(timeOf(clock))
                // a minute after it is full again, a bucket's row may go
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** The bucket with this key, created with the configuration when it does not exist yet. */
    Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.builder().build(stored(key), () -> configuration);
    }

    /** Forgets the bucket: the next use starts with a full one. */
    void forget(String key) {
        buckets.removeProxy(stored(key));
    }

    /**
     * The row's id for a key. Keys are made of what a client sent (the name typed at the sign-in); one with a
     * control character, above all a NUL, which PostgreSQL cannot hold in text, is kept under its SHA-256 instead,
     * so it is throttled like any other and never fails the sign-in. A plain key stays readable for the operator.
     */
    static String stored(String key) {
        return key.chars().anyMatch(Character::isISOControl) ? "sha256:" + Sha256.hex(key) : key;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    @SchedulerLock(name = "rate-limit-buckets.clean-up", lockAtMostFor = "PT4M", lockAtLeastFor = "PT2M")
    void removeRefilledBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(500);
            if (removed > 0) {
                log.debug("Removed {} refilled rate limit buckets", removed);
            }
        } while (removed == 500);
    }

    private static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return Math.multiplyExact(clock.millis(), 1_000_000L);
            }

            @Override
            public boolean isWallClockBased() {
                // shared by the nodes: each must read the same time
                return true;
            }
        };
    }
}
