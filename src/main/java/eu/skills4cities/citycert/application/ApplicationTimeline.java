package eu.skills4cities.citycert.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps of applications, written with the change they record. */
@Repository
class ApplicationTimeline {

    private final JdbcClient jdbc;

    ApplicationTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID applicationId, ApplicationStatus status, String detail, Instant at) {
        record(applicationId, status.name(), detail, at);
    }

    void record(UUID applicationId, String step, String detail, Instant at) {
        jdbc.sql("INSERT INTO application_event (id, application, status, detail, occurred_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), applicationId, step, detail, Timestamp.from(at)).update();
    }

    List<TimelineEntry> of(UUID applicationId) {
        return jdbc.sql("""
                SELECT status AS step, detail, occurred_at FROM application_event
                WHERE application = ? ORDER BY occurred_at, id
                """).param(applicationId).query(TimelineEntry.class).list();
    }
}
