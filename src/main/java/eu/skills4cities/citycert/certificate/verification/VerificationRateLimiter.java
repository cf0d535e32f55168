package eu.skills4cities.citycert.certificate.verification;

import java.time.Duration;
import java.util.function.LongSupplier;

import eu.skills4cities.citycert.base.ClientRateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from walking the register by trying numbers: the shared per-address token bucket
 * ({@link ClientRateLimiter}) with the limits of {@code citycert.verification.rate-limit.*}. Each
 * lookup or upload, on the page or through the API, takes a token.
 */
@Component
public class VerificationRateLimiter extends ClientRateLimiter {

    @Autowired
    VerificationRateLimiter(VerificationProperties properties) {
        this(properties.rateLimit(), System::nanoTime);
    }

    VerificationRateLimiter(VerificationProperties.RateLimit limit, LongSupplier nanoTime) {
        super(limit.capacity(), limit.refillPerMinute(), Duration.ofMinutes(1), limit.maxClients(), nanoTime);
    }
}
