package eu.skills4cities.citycert.cluster;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What must hold once the cluster has gone quiet, read from the shared database, the SMTP server's inbox and
 * the API: one certificate set per decision, no incident, no failed or overdue job, every queued mail sent and
 * received, every event publication complete, the audit chain and its checkpoints intact, the status lists
 * consistent.
 */
final class ClusterChecks {

    private static final Logger log = LoggerFactory.getLogger(ClusterChecks.class);

    /** The figures of a run. */
    record Figures(int applications, int certified, int withoutCertificate, int duplicateCertificates,
                   int certificatesTotal, int duplicateIssuedEvents, int incidents, int failedJobs, int overdueJobs,
                   int mailsQueued, int mailsUnsent, int mailsReceived, int mailsLost, int mailsDuplicated,
                   int eventsIncomplete, long auditEvents, long checkpoints, boolean auditIntact, String auditProblem,
                   int certificatesWithoutStatusEntries, int duplicateStatusIndexes, int statusBitsSet,
                   int applicationsNotCertified) {
    }

    private final Cluster cluster;

    ClusterChecks(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Waits until nothing is left to do: no job due (that is, every issuance ran; the audit checkpoint's timer and
     * the lifecycles' timers are due later), no mail unsent, no event publication incomplete, GreenMail holding at
     * least as many messages as were sent. False when that does not happen within the timeout.
     */
    boolean awaitQuiet(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int due = overdueJobs(Duration.ZERO);
            int unsent = count("SELECT count(*) FROM mail_message WHERE sent_at IS NULL");
            int incomplete = count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
            int sent = count("SELECT count(*) FROM mail_message WHERE sent_at IS NOT NULL");
            int received = cluster.mail.getReceivedMessages().length;
            if (due == 0 && unsent == 0 && incomplete == 0 && received >= sent) {
                return true;
            }
            log.info("Waiting for the cluster to go quiet: {} jobs due, {} mails unsent, {} events incomplete, "
                    + "{} of {} mails received", due, unsent, incomplete, received, sent);
            Thread.sleep(2000);
        }
        return false;
    }

    /**
     * Jobs that should have run: due more than {@code grace} ago (or without a due date) and with retries left, not
     * counting the audit checkpoint's timer, which is due every few seconds and runs on its own.
     */
    int overdueJobs(Duration grace) {
        return count("""
                SELECT count(*) FROM act_ru_job j
                 WHERE j.retries_ > 0
                   AND (j.duedate_ IS NULL OR j.duedate_ < now() - make_interval(secs => ?))
                   AND NOT (j.handler_type_ = 'timer-start-event')""", grace.toSeconds());
    }

    Figures figures(List<UUID> applications, ClusterApi api, String auditorToken) throws ClusterApi.NodeDown {
        UUID[] ids = applications.toArray(UUID[]::new);
        Map<UUID, Integer> perApplication = new HashMap<>();
        cluster.sql.query("SELECT application, count(*) FROM certificate WHERE application = ANY(?) GROUP BY application",
                rs -> {
                    perApplication.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, (Object) ids);
        int withoutCertificate = (int) applications.stream().filter(id -> !perApplication.containsKey(id)).count();
        int duplicates = count("""
                SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) n FROM certificate
                 GROUP BY application, coalesce(unit_code, '')) per_scope""");
        // a role certificate per application (every unit passed): more than one is a duplicate
        int moreThanOne = perApplication.values().stream().mapToInt(n -> n - 1).sum();
        int certificates = count("SELECT count(*) FROM certificate");
        int duplicateIssued = count("""
                SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) n FROM audit_event WHERE action = 'CERTIFICATE_ISSUED'
                 GROUP BY object_id) per_certificate""");
        int notCertified = count("SELECT count(*) FROM application WHERE id = ANY(?) AND status <> 'CERTIFIED'", (Object) ids);

        int incidents = count("SELECT count(*) FROM act_ru_incident");
        int failedJobs = count("SELECT count(*) FROM act_ru_job WHERE retries_ = 0 OR exception_msg_ IS NOT NULL");
        int overdue = overdueJobs(Duration.ofSeconds(30));

        int queued = count("SELECT count(*) FROM mail_message");
        int unsent = count("SELECT count(*) FROM mail_message WHERE sent_at IS NULL");
        Map<String, Integer> stored = new HashMap<>();
        cluster.sql.query("SELECT recipient, subject, body FROM mail_message WHERE sent_at IS NOT NULL",
                rs -> {
                    stored.merge(key(rs.getString(1), rs.getString(2), rs.getString(3)), 1, Integer::sum);
                });
        Map<String, Integer> received = new HashMap<>();
        MimeMessage[] messages = cluster.mail.getReceivedMessages();
        for (MimeMessage message : messages) {
            try {
                received.merge(key(message.getAllRecipients()[0].toString(), message.getSubject(),
                        String.valueOf(message.getContent())), 1, Integer::sum);
            } catch (Exception e) {
                throw new AssertionError("unreadable mail", e);
            }
        }
        int lost = 0;
        int duplicated = 0;
        for (var entry : stored.entrySet()) {
            int got = received.getOrDefault(entry.getKey(), 0);
            lost += Math.max(0, entry.getValue() - got);
            duplicated += Math.max(0, got - entry.getValue());
        }
        for (var entry : received.entrySet()) {
            if (!stored.containsKey(entry.getKey())) {
                duplicated += entry.getValue(); // received, but no such message on record
            }
        }
        int incomplete = count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL");

        long auditEvents = count("SELECT count(*) FROM audit_event");
        long checkpoints = count("SELECT count(*) FROM audit_checkpoint");
        JsonNode verification = api.get(cluster.a, "/api/audit/verification", ClusterApi.bearer(auditorToken))
                .expect(200).json();
        boolean intact = verification.path("brokenSequence").isNull() && verification.path("problem").isNull()
                && verification.path("headSequence").asLong() == auditEvents;
        String problem = verification.path("problem").isNull() ? null
                : verification.path("problem").asText() + " at " + verification.path("brokenSequence").asText();

        int withoutEntries = count("""
                SELECT count(*) FROM certificate c
                 WHERE (SELECT count(*) FROM certificate_status_entry e WHERE e.certificate_id = c.id) <> 2""");
        int duplicateIndexes = count("""
                SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) n FROM certificate_status_entry
                 GROUP BY purpose, list_number, list_index) per_index""");
        // nothing was suspended or revoked: every certificate's bit is clear (PostgreSQL numbers bits from the least significant)
        int bitsSet = count("""
                SELECT count(*) FROM certificate_status_entry e JOIN status_list l USING (purpose, list_number)
                 WHERE get_bit(l.bits, (e.list_index / 8) * 8 + 7 - e.list_index % 8) = 1""");

        return new Figures(applications.size(), applications.size() - notCertified, withoutCertificate,
                Math.max(duplicates, moreThanOne), certificates, duplicateIssued, incidents, failedJobs, overdue, queued, unsent,
                messages.length, lost, duplicated, incomplete, auditEvents, checkpoints, intact, problem, withoutEntries,
                duplicateIndexes, bitsSet, notCertified);
    }

    private static String key(String recipient, String subject, String body) {
        return recipient.toLowerCase() + "\n" + subject + "\n" + body.replace("\r\n", "\n").strip();
    }

    private int count(String query, Object... args) {
        Number n = cluster.sql.queryForObject(query, Number.class, args);
        return n == null ? 0 : n.intValue();
    }
}
