package eu.skills4cities.citycert.certificate.verification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_client_regains_tokens_at_the_refill_rate_up_to_the_capacity() {
        VerificationRateLimiter limiter = limiter(2, 6, 100);

        assertThat(limiter.admit("a").admitted()).isTrue();
        assertThat(limiter.admit("a").admitted()).isTrue();
        VerificationRateLimiter.Admission refused = limiter.admit("a");
        assertThat(refused.admitted()).isFalse();
        // six per minute: the next token is ten seconds away
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(10));

        advance(Duration.ofSeconds(10));
        assertThat(limiter.admit("a").admitted()).isTrue();
        assertThat(limiter.admit("a").admitted()).isFalse();

        advance(Duration.ofHours(1));
        assertThat(limiter.admit("a").admitted()).isTrue();
        assertThat(limiter.admit("a").admitted()).isTrue();
        assertThat(limiter.admit("a").admitted()).isFalse();
    }

    @Test
    void memory_stays_bounded_and_idle_clients_are_forgotten() {
        VerificationRateLimiter limiter = limiter(2, 6, 3);
        for (String client : new String[] {"a", "b", "c", "d", "e"}) {
            limiter.admit(client);
        }
        assertThat(limiter.clientsRemembered()).isEqualTo(3);

        advance(Duration.ofMinutes(1));
        limiter.admit("f");
        assertThat(limiter.clientsRemembered()).isEqualTo(1);
    }

    @Test
    void clients_without_an_address_share_one_bucket() {
        VerificationRateLimiter limiter = limiter(1, 1, 10);

        assertThat(limiter.admit(null).admitted()).isTrue();
        assertThat(limiter.admit("").admitted()).isFalse();
    }

    private VerificationRateLimiter limiter(int capacity, int perMinute, int maxClients) {
        return new VerificationRateLimiter(new VerificationProperties.RateLimit(capacity, perMinute, maxClients), now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
