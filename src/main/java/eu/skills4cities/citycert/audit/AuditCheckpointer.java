package eu.skills4cities.citycert.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;

import eu.skills4cities.citycert.notification.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the next checkpoint: signs the chain's head unless it is signed already (an unchanged
 * head keeps its checkpoint: a new one would say nothing new) or the log is empty, and mails the
 * new checkpoint off-site when an address is configured. It signs only a chain that checks from
 * the latest checkpoint, so a tampered head is never sealed. Run by the audit checkpoint process's
 * timer ({@code processes/audit-checkpoint.bpmn}), so one node does it in a cluster.
 */
@Service
public class AuditCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final AuditLog auditLog;
    private final AuditCheckpoints checkpoints;
    private final AuditVerifier verifier;
    private final MailOutbox mail;
    private final AuditCheckpointProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditCheckpointer(AuditLog auditLog, AuditCheckpoints checkpoints, AuditVerifier verifier, MailOutbox mail,
                      AuditCheckpointProperties properties, JdbcClient jdbc, Clock clock) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.mail = mail;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Signs the current head; empty when there was nothing new to sign or the chain does not check. */
    @Transactional
    public Optional<AuditCheckpoint> checkpoint() {
        if (!somethingToSign()) {
            return Optional.empty();
        }
        // checked without the head lock, so that appends (and the changes they belong to) need not wait
        AuditVerification checked = verifier.fromLatestCheckpoint();
        if (!checked.intact()) {
            return refuse(checked);
        }
        // the chain's head lock: no row is appended while the head is read and signed
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) locked")
                .param("key", AuditLog.HEAD_LOCK).query((rs, n) -> 1).list();
        if (!somethingToSign()) {
            return Optional.empty();
        }
        AuditEntry head = auditLog.head().orElseThrow();
        // only the rows appended since the check above
        AuditVerification rest = auditLog.walk(checked.headSequence(), checked.headHash(), new TreeMap<>());
        if (!rest.intact()) {
            return refuse(rest);
        }
        Optional<AuditCheckpoint> made = checkpoints.sign(head, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        made.ifPresent(checkpoint -> {
            log.info("Audit checkpoint signed at sequence {} (hash {})", checkpoint.sequence(), checkpoint.hash());
            if (properties.mailTo() != null) {
                mail.queueOnce("audit-checkpoint/" + checkpoint.sequence(), properties.mailTo(), "audit-checkpoint",
                        String.valueOf(checkpoint.sequence()), checkpoint.hash(), checkpoint.signedAt().toString(),
                        checkpoint.jws());
            }
        });
        return made;
    }

    /** The log has a head, and it is not the latest checkpoint's already. */
    private boolean somethingToSign() {
        Optional<AuditEntry> head = auditLog.head();
        if (head.isEmpty()) {
            log.debug("The audit log is empty; no checkpoint");
            return false;
        }
        long sequence = head.get().sequence();
        if (checkpoints.latest().map(latest -> latest.sequence() == sequence).orElse(false)) {
            log.debug("The audit log's head {} is signed already; no new checkpoint", sequence);
            return false;
        }
        return true;
    }

    private Optional<AuditCheckpoint> refuse(AuditVerification check) {
        log.error("The audit log does not check (first broken link {}: {}); its head is not signed",
                check.brokenSequence(), check.problem());
        return Optional.empty();
    }

}
