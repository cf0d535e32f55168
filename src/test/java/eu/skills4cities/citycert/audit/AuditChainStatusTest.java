package eu.skills4cities.citycert.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.SqlStatementCounter;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit chain's status for the readiness probe and the metrics: UP and 1 while the chain holds, DOWN and 0
 * naming the problem once a row was changed, read again only after the maximum age (one second in the tests).
 */
@CityCertSpringTest
class AuditChainStatusTest {

    @Autowired
    AuditChainStatus status;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_status_follows_the_chain_and_is_read_again_only_after_its_maximum_age() {
        long last = append();
        afterMaximumAge();

        assertThat(status.health().getStatus()).isEqualTo(Status.UP);
        assertThat(status.health().getDetails()).containsEntry("headSequence", last);
        assertThat(registry.get("citycert.audit.chain.intact").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get("citycert.audit.chain.head").gauge().value()).isEqualTo((double) last);
        assertThat(SqlStatementCounter.count(() -> status.health())).isZero();

        afterMaximumAge();
        // tampered in a transaction that is rolled back (the trigger disabled in it), so the other tests' log stays intact
        transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE sequence = ?").param(last).update();

            assertThat(status.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(status.health().getDetails()).containsKey("problem").containsEntry("brokenSequence", last);
            assertThat(registry.get("citycert.audit.chain.intact").gauge().value()).isZero();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
        });

        afterMaximumAge();
        assertThat(status.health().getStatus()).isEqualTo(Status.UP);
        assertThat(registry.get("citycert.audit.chain.intact").gauge().value()).isEqualTo(1.0);
    }

    private long append() {
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(),
                "CHAIN-STATUS", ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, "status test", Instant.now())));
        return jdbc.sql("SELECT max(sequence) FROM audit_event").query(Long.class).single();
    }

    private static void afterMaximumAge() {
        await().pollDelay(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(5)).until(() -> true);
    }
}
