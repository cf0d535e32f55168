package eu.skills4cities.citycert.complaint;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the public complaints nobody confirmed: once their link has expired they can never count,
 * so they and their documents are deleted, every hour. A plain schedule, not a process timer: the
 * deletion is the same whichever node runs it and however often; each run happens on one node of a
 * cluster all the same ({@code @SchedulerLock}, docs/operations.md "Running several nodes"), so that
 * the nodes do not all delete the same rows at the same moment.
 */
@Component
class UnconfirmedComplaints {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedComplaints.class);

    private final ComplaintStore store;
    private final Clock clock;

    UnconfirmedComplaints(ComplaintStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "complaints.forget-unconfirmed", lockAtMostFor = "PT50M", lockAtLeastFor = "PT30M")
    void removeExpired() {
        removeExpiredBefore(clock.instant());
    }

    @Transactional
    int removeExpiredBefore(Instant now) {
        int removed = store.deleteUnconfirmedBefore(now);
        if (removed > 0) {
            log.info("{} unconfirmed complaint(s) forgotten: their confirmation links expired", removed);
        }
        return removed;
    }
}
