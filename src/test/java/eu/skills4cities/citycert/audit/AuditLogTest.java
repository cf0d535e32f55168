package eu.skills4cities.citycert.audit;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationStatusChanged;
import eu.skills4cities.citycert.application.ApplicationSubmitted;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.EvidenceRequested;
import eu.skills4cities.citycert.certificate.CertificateIssued;
import eu.skills4cities.citycert.certificate.CertificateReinstated;
import eu.skills4cities.citycert.certificate.CertificateSuspended;
import eu.skills4cities.citycert.certificate.CertificateWithdrawn;
import eu.skills4cities.citycert.inbox.TaskCompleted;
import eu.skills4cities.citycert.security.AccountRegistered;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit log records each module event in the change's transaction, as one hash chain that
 * stays one under parallel writers, refuses changes, and names the first link broken by SQL.
 */
@CityCertSpringTest
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditLogHealthIndicator health;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;

    /** One event of each kind the log hears, all about a new application, task and certificate. */
    private static List<Object> oneOfEach(UUID application, UUID certificate, String task) {
        Instant at = Instant.parse("2026-03-01T10:15:30.123456789Z");
        return List.of(
                new ApplicationSubmitted(application, "A-1", "cand", "SCPD", false, at),
                new ApplicationStatusChanged(application, "A-1", ApplicationStatus.SUBMITTED,
                        ApplicationStatus.IN_REVIEW, null, at),
                new EvidenceRequested(application, "A-1", "Please add the reference letter.", at, at),
                new TaskCompleted(task, application, Stage.REVIEW, "rev", "SUFFICIENT", at),
                new CertificateIssued(certificate, "C-1", application, "cand", "SCPD", null,
                        LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1)),
                new CertificateSuspended(certificate, "C-1", "cand", "Evidence under review, \"quoted\" ü", "off", at),
                new CertificateReinstated(certificate, "C-1", "cand", "Confirmed.", "off", at),
                new CertificateWithdrawn(certificate, "C-1", "cand", "Forged.", "off", at),
                new AccountRegistered("reg-" + application, "someone@example.org"));
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    private long rowsAbout(UUID application, UUID certificate, String task) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id IN (:a, :c, :t, :r)")
                .param("a", application.toString()).param("c", certificate.toString()).param("t", task)
                .param("r", "reg-" + application).query(Long.class).single();
    }

    @Test
    void each_kind_of_event_is_recorded_with_its_change_and_not_without_it() {
        UUID application = UUID.randomUUID();
        UUID certificate = UUID.randomUUID();
        String task = "task-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            oneOfEach(application, certificate, task).forEach(events::publishEvent);
            status.setRollbackOnly();
        });
        assertThat(rowsAbout(application, certificate, task)).isZero();

        transactions.executeWithoutResult(status -> oneOfEach(application, certificate, task).forEach(events::publishEvent));
        assertThat(rowsAbout(application, certificate, task)).isEqualTo(9);

        assertThat(log.about("application", application.toString())).extracting(AuditEntry::action)
                .containsExactly("APPLICATION_SUBMITTED", "APPLICATION_STATUS_CHANGED", "EVIDENCE_REQUESTED");
        assertThat(log.about("certificate", certificate.toString())).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        tuple("CERTIFICATE_ISSUED", "system"),
                        tuple("CERTIFICATE_SUSPENDED", "off"),
                        tuple("CERTIFICATE_REINSTATED", "off"),
                        tuple("CERTIFICATE_WITHDRAWN", "off"));
        AuditEntry completed = log.about("task", task).get(0);
        assertThat(completed.actor()).isEqualTo("rev");
        assertThat(completed.detail()).contains("\"stage\": \"REVIEW\"", "\"outcome\": \"SUFFICIENT\"");
        AuditEntry requested = log.about("application", application.toString()).get(2);
        assertThat(requested.detail()).doesNotContain("reference letter");
        assertThat(requested.occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(log.about("account", "reg-" + application).get(0).detail()).isEqualTo("{}");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void a_real_submission_is_recorded_by_its_candidate_and_a_failing_one_leaves_no_row() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(candidate, TestDocuments.application("SCPD"));

        assertThat(log.about("application", application.id().toString()))
                .filteredOn(entry -> entry.action().equals("APPLICATION_SUBMITTED")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(candidate.username());
            assertThat(entry.detail()).contains(application.number());
        });

        CurrentUser another = accounts.create(Role.CANDIDATE);
        UUID[] submitted = new UUID[1];
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            submitted[0] = applications.submit(another, TestDocuments.application("SCPD")).id();
            throw new IllegalStateException("the change fails after its events");
        })).hasMessageContaining("fails after");
        assertThat(submitted[0]).isNotNull();
        assertThat(log.about("application", submitted[0].toString())).isEmpty();
    }

    @Test
    void a_failure_to_append_rolls_the_whole_change_back() {
        UUID application = UUID.randomUUID();
        String task = "task-" + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new ApplicationStatusChanged(application, "F", ApplicationStatus.SUBMITTED,
                    ApplicationStatus.IN_REVIEW, null, Instant.now()));
            // an actor longer than the column: this row cannot be written, so the change cannot commit
            events.publishEvent(new TaskCompleted(task, application, Stage.REVIEW, "x".repeat(200), "SUFFICIENT",
                    Instant.now()));
        }));

        assertThat(log.about("application", application.toString())).isEmpty();
        assertThat(log.about("task", task)).isEmpty();
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void parallel_writers_make_one_unbroken_chain() throws Exception {
        long before = rows();
        int writers = 6;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        transactions.executeWithoutResult(status -> events.publishEvent(
                                new ApplicationStatusChanged(UUID.randomUUID(), "P", ApplicationStatus.SUBMITTED,
                                        ApplicationStatus.IN_REVIEW, null, Instant.now())));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(rows()).isGreaterThanOrEqualTo(before + writers * each);
        AuditVerification result = log.verify();
        assertThat(result.intact()).as("%s", result).isTrue();
        assertThat(result.headSequence()).isEqualTo(rows());
        assertThat(jdbc.sql("SELECT count(DISTINCT previous_hash) FROM audit_event").query(Long.class).single())
                .as("no two rows chain onto the same predecessor").isEqualTo(rows());
    }

    @Test
    void the_database_refuses_to_change_or_remove_a_row() {
        appendSome(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'mallory'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void an_intact_log_is_healthy() {
        appendSome(2);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("headSequence", log.verify().headSequence());
    }

    @Test
    void an_edited_row_is_the_first_broken_link() {
        long[] last = appendSome(4);
        tampered(last[1], sql -> sql.sql("UPDATE audit_event SET actor = 'mallory' WHERE sequence = :s")
                .param("s", last[1]).update(), AuditVerification.Problem.CONTENT_CHANGED, true);
        tampered(last[2], sql -> sql.sql("UPDATE audit_event SET detail = '{\"reason\": \"nothing\"}' WHERE sequence = :s")
                .param("s", last[2]).update(), AuditVerification.Problem.CONTENT_CHANGED, false);
    }

    @Test
    void a_deleted_row_is_named_at_the_gap() {
        long[] last = appendSome(4);
        tampered(last[2], sql -> sql.sql("DELETE FROM audit_event WHERE sequence = :s").param("s", last[1]).update(),
                AuditVerification.Problem.SEQUENCE_GAP, false);
    }

    @Test
    void an_inserted_row_with_its_own_valid_hash_breaks_the_chain_after_it() {
        long[] last = appendSome(4);
        tampered(last[2] + 1, sql -> {
            // renumber the rows after last[1] (twice, since the sequence is the key) and forge one in the gap
            sql.sql("UPDATE audit_event SET sequence = -(sequence + 1) WHERE sequence > :s").param("s", last[1]).update();
            sql.sql("UPDATE audit_event SET sequence = -sequence WHERE sequence < 0").update();
            AuditEntry before = sql.sql("SELECT * FROM audit_event WHERE sequence = :s").param("s", last[1])
                    .query((rs, n) -> new AuditEntry(rs.getLong("sequence"), null, null, null, null, null, null, null,
                            rs.getString("hash"))).single();
            AuditEntry forged = new AuditEntry(last[1] + 1, Instant.parse("2026-01-01T00:00:00Z"), "mallory",
                    "CERTIFICATE_REINSTATED", "certificate", UUID.randomUUID().toString(), "{}", before.hash(), null);
            sql.sql("""
                            INSERT INTO audit_event VALUES (:s, :at, 'mallory', 'CERTIFICATE_REINSTATED', 'certificate', :id,
                                                            '{}', :previous, :hash)""")
                    .param("s", forged.sequence())
                    .param("at", java.time.OffsetDateTime.ofInstant(forged.occurredAt(), java.time.ZoneOffset.UTC))
                    .param("id", forged.objectId()).param("previous", forged.previousHash())
                    .param("hash", AuditCanonical.hash(forged)).update();
        }, AuditVerification.Problem.CONTENT_CHANGED, false);
    }

    @Test
    void reordered_rows_are_named_at_the_first_moved_one() {
        long[] last = appendSome(4);
        tampered(last[1], sql -> {
            sql.sql("UPDATE audit_event SET sequence = -1 WHERE sequence = :s").param("s", last[1]).update();
            sql.sql("UPDATE audit_event SET sequence = :s WHERE sequence = :t").param("s", last[1]).param("t", last[2]).update();
            sql.sql("UPDATE audit_event SET sequence = :t WHERE sequence = -1").param("t", last[2]).update();
        }, AuditVerification.Problem.CONTENT_CHANGED, false);
    }

    @Test
    void canonical_content_is_fixed_order_length_prefixed_and_microsecond_time() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-03-01T10:15:30.123456789Z"), "rév", "A", "t", "1",
                "{\"k\": \"v\"}", AuditCanonical.GENESIS, null);
        assertThat(AuditCanonical.content(entry)).isEqualTo(
                "1:7\n27:2026-03-01T10:15:30.123456Z\n4:rév\n1:A\n1:t\n1:1\n10:{\"k\": \"v\"}\n64:" + "0".repeat(64) + "\n");
        assertThat(AuditCanonical.hash(entry)).isEqualTo(AuditCanonical.hash(entry)).hasSize(64);
    }

    /** Appends n rows in one committed transaction and returns the sequences of the log's last n rows. */
    private long[] appendSome(int n) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < n; i++) {
                events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(), "T" + i, ApplicationStatus.SUBMITTED,
                        ApplicationStatus.IN_REVIEW, "reason " + i, Instant.now()));
            }
        });
        List<Long> sequences = jdbc.sql("SELECT sequence FROM audit_event ORDER BY sequence DESC LIMIT :n")
                .param("n", n).query(Long.class).list();
        long[] last = new long[n];
        for (int i = 0; i < n; i++) {
            last[i] = sequences.get(n - 1 - i);
        }
        return last;
    }

    /**
     * Tampers with the table in a transaction that is rolled back (the trigger disabled in it, so the
     * other tests' log stays intact), and expects verification to name the given first broken link.
     */
    private void tampered(long brokenSequence, Consumer<JdbcClient> tampering, AuditVerification.Problem problem,
                          boolean checkHealth) {
        assertThat(log.verify().intact()).isTrue();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
            tampering.accept(jdbc);
            AuditVerification result = log.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenSequence()).as("%s", result).isEqualTo(brokenSequence);
            assertThat(result.problem()).isEqualTo(problem);
            if (checkHealth) {
                assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.health().getDetails()).containsEntry("brokenSequence", brokenSequence)
                        .containsEntry("problem", problem.name());
            }
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
        });
        assertThat(log.verify().intact()).isTrue();
    }
}
