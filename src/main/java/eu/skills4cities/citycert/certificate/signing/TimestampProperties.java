package eu.skills4cities.citycert.certificate.signing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The RFC 3161 timestamp authority that dates each seal (docs/operations.md, "Timestamps").
 *
 * @param url     the authority's HTTP endpoint; empty for none, and seals are then PAdES baseline B
 * @param timeout how long one request may take before the issuing step fails and is retried
 */
@ConfigurationProperties("citycert.signing.timestamp")
public record TimestampProperties(URI url, Duration timeout) {

    public TimestampProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    boolean configured() {
        return url != null && !url.toString().isBlank();
    }
}
