package eu.skills4cities.citycert.database;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry's upkeep: an event whose listener has not completed for a while is published
 * again (as after a node died before its listener ran), and old completed publications go.
 */
@CityCertSpringTest
class EventPublicationUpkeepTest {

    @Autowired
    EventPublicationUpkeep upkeep;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void an_event_left_incomplete_longer_than_the_retry_period_is_published_again_and_completed() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPM"));
        String listener = jdbc.sql("SELECT listener_id FROM event_publication WHERE listener_id LIKE "
                        + "'%CandidateMail.on(%ApplicationStatusChanged)' LIMIT 1").query(String.class).single();
        // the withdrawal's event as its node stored it, 10 minutes ago, before it died
        Instant at = Instant.now().minus(Duration.ofMinutes(10));
        UUID publication = UUID.randomUUID();
        jdbc.sql("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(publication, listener, ApplicationStatusChanged.class.getName(),
                        json.writeValueAsString(new ApplicationStatusChanged(application.id(), application.number(),
                                ApplicationStatus.IN_REVIEW, ApplicationStatus.WITHDRAWN, "Moved away.", at)),
                        Timestamp.from(at)).update();

        upkeep.retryIncomplete();

        await().until(() -> jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = ?")
                .param(publication).query(Boolean.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ? AND subject = ?")
                .params(accounts.email(candidate), "Application " + application.number() + " withdrawn")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void completed_publications_are_kept_for_the_configured_period_then_deleted() {
        UUID old = TestEventPublications.completed(jdbc, Duration.ofDays(8));
        UUID recent = TestEventPublications.completed(jdbc, Duration.ofDays(6));

        upkeep.deleteOldCompleted();

        assertThat(jdbc.sql("SELECT id FROM event_publication WHERE id IN (?, ?)").params(old, recent)
                .query(UUID.class).list()).containsExactly(recent);
    }
}
