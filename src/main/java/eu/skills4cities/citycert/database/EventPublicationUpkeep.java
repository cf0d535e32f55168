package eu.skills4cities.citycert.database;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
 * <p>Each run happens on one node of a cluster ({@link ScheduledWorkLocks}): two nodes retrying at
 * once would publish the same events twice, and their listeners would run twice for nothing. A
 * listener must still do its work once however often it runs, since a retry can also follow a
 * listener that did its work but could not be marked complete (docs/architecture.md, "Events").
 * A node whose schedule comes while another node holds the job's lock skips that run; the lock is
 * held at least for a while after a short run (half a minute for the retry, half an hour for the
 * clean-up), so two nodes whose schedules fall close together do not run the job one after the other.
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

    @Scheduled(fixedDelayString = "${citycert.events.retry-every:PT1M}",
            initialDelayString = "${citycert.events.retry-every:PT1M}")
    @SchedulerLock(name = "event-publications.retry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void retryOnOneNode() {
        retryIncomplete();
    }

    @Scheduled(fixedDelayString = "${citycert.events.clean-up-every:PT1H}",
            initialDelayString = "${citycert.events.clean-up-every:PT1H}")
    @SchedulerLock(name = "event-publications.clean-up", lockAtMostFor = "PT50M", lockAtLeastFor = "PT30M")
    void deleteOldCompletedOnOneNode() {
        deleteOldCompleted();
    }

    /** Publishes again each incomplete publication older than {@code citycert.events.retry-after}. */
    void retryIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.retryAfter());
    }

    /** Deletes the completed publications older than {@code citycert.events.keep-completed}. */
    void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
        log.debug("Completed event publications older than {} deleted", properties.keepCompleted());
    }
}
