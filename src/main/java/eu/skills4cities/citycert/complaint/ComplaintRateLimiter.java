package eu.skills4cities.citycert.complaint;

import java.time.Duration;

import eu.skills4cities.citycert.base.ClientRateLimiter;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from flooding the officers and the mail with complaints: the per-address token
 * bucket that public verification uses ({@link ClientRateLimiter}), with its own limits
 * ({@code citycert.complaints.rate-limit.*}), shared by the form and the API.
 */
@Component
public class ComplaintRateLimiter extends ClientRateLimiter {

    ComplaintRateLimiter(ComplaintProperties properties) {
        super(properties.rateLimit().capacity(), properties.rateLimit().refillPerHour(), Duration.ofHours(1),
                properties.rateLimit().maxClients(), System::nanoTime);
    }

    /**
     * Counts one complaint or confirmation from this address.
     *
     * @throws RefusedException (too many requests, with the time to wait) beyond the limit
     */
    public void require(String clientAddress) {
        Admission admission = admit(clientAddress);
        if (!admission.admitted()) {
            long seconds = admission.retryAfter().toSeconds();
            throw RefusedException.tooManyRequests(UserMessage.of("complaint.rate-limited", seconds),
                    "complaint.rate-limited.title", Duration.ofSeconds(seconds));
        }
    }
}
