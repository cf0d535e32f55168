package eu.skills4cities.citycert.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Spring Modulith's event publication registry ({@code event_publication}) working:
 * publishes again what a listener failed to handle, and deletes what is long done. Restarts
 * publish every incomplete publication as well
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>It runs on every node, unlike work that must happen once in a cluster (a BPMN timer):
 * deleting twice is harmless, and a listener that two nodes run for one event must do its work
 * once anyway, since a retry can also follow a listener that did its work but could not be
 * marked complete (docs/architecture.md, "Events").
 */
@Component
class EventPublicationUpkeep {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationUpkeep.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventPublicationProperties properties;

    EventPublicationUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                           EventPublicationProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    /** Publishes again each incomplete publication older than {@code citycert.events.retry-after}. */
    @Scheduled(fixedDelayString = "${citycert.events.retry-every:PT1M}",
            initialDelayString = "${citycert.events.retry-every:PT1M}")
    void retryIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
    }

    /** Deletes the completed publications older than {@code citycert.events.keep-completed}. */
    @Scheduled(fixedDelayString = "${citycert.events.clean-up-every:PT1H}",
            initialDelayString = "${citycert.events.clean-up-every:PT1H}")
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
        log.debug("Completed event publications older than {} deleted", properties.keepCompleted());
    }
}
