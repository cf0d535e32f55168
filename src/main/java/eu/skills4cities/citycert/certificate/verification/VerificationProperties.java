package eu.skills4cities.citycert.certificate.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Public verification (docs/operations.md, "Public verification").
 *
 * @param rateLimit     how many lookups and uploads one client address may make
 * @param maxUploadSize the largest PDF anyone may upload for verification
 */
@ConfigurationProperties("citycert.verification")
record VerificationProperties(@DefaultValue RateLimit rateLimit, DataSize maxUploadSize) {

    VerificationProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(10) : maxUploadSize;
    }

    /**
     * A token bucket per client address.
     *
     * @param capacity        lookups a client may make in a burst
     * @param refillPerMinute lookups a client regains per minute
     * @param maxClients      addresses remembered at most; the least recently seen are forgotten first
     */
    record RateLimit(int capacity, int refillPerMinute, int maxClients) {

        RateLimit {
            capacity = capacity <= 0 ? 30 : capacity;
            refillPerMinute = refillPerMinute <= 0 ? 30 : refillPerMinute;
            maxClients = maxClients <= 0 ? 10_000 : maxClients;
        }
    }
}
