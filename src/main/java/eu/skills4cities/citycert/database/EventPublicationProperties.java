package eu.skills4cities.citycert.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upkeep of the event publication registry ({@code citycert.events}): how old an incomplete
 * publication must be before it is published again, and how long completed ones are kept.
 *
 * @param retryAfter    an incomplete publication older than this is published again (its
 *                      listener failed, or its node stopped before the listener ran)
 * @param keepCompleted completed publications older than this are deleted
 */
@ConfigurationProperties(prefix = "citycert.events")
public record EventPublicationProperties(@DefaultValue("PT5M") Duration retryAfter,
                                         @DefaultValue("P7D") Duration keepCompleted) {
}
