package eu.skills4cities.citycert.database;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the event publication registry as a node left them, for the tests of its upkeep
 * ({@code EventPublicationUpkeepTest}, {@code ScheduledWorkLocksTest}): written straight into the table,
 * because the registry offers no way to backdate a publication.
 */
final class TestEventPublications {

    private TestEventPublications() {
    }

    /** A publication of a listener that does not exist, published and completed {@code ago}. */
    static UUID completed(JdbcClient jdbc, Duration ago) {
        UUID id = UUID.randomUUID();
        Timestamp when = Timestamp.from(Instant.now().minus(ago));
        jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                        + "completion_date) VALUES (?, 'a.Listener.on(a.Event)', 'a.Event', ?, ?, ?)")
                .params(id, "{\"n\":\"" + id + "\"}", when, when).update();
        return id;
    }

    static boolean exists(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE id = ?").param(id).query(Long.class).single() == 1;
    }
}
