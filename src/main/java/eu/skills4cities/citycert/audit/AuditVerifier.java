package eu.skills4cities.citycert.audit;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's chain against its signed checkpoints (docs/architecture.md,
 * "Checkpoints"): every stored checkpoint must hold (a trusted signature over what its columns
 * say), and the row at each checkpoint's sequence must still have the signed hash. So the
 * removal of the last rows, or a rewrite of the whole table with fresh hashes, is caught; and a
 * checkpoint kept elsewhere catches it even when {@code audit_checkpoint} was rewritten too.
 */
@Service
public class AuditVerifier {

    private final AuditLog log;
    private final AuditCheckpoints checkpoints;

    AuditVerifier(AuditLog log, AuditCheckpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    /** The whole chain and every stored checkpoint, for auditors and administrators. */
    @Transactional(readOnly = true)
    public AuditVerification verify(CurrentUser user) {
        AuditAccess.require(user);
        return verifyAll(null);
    }

    /**
     * The whole chain against every stored checkpoint and one presented from elsewhere, for
     * auditors and administrators.
     *
     * @throws eu.skills4cities.citycert.base.InvalidInputException when the presented text is not a
     *                                                              checkpoint signed by this body
     */
    @Transactional(readOnly = true)
    public AuditVerification verifyAgainst(CurrentUser user, String presented) {
        AuditAccess.require(user);
        return verifyAll(checkpoints.read(presented));
    }

    @Transactional(readOnly = true)
    AuditVerification verifyAll(AuditCheckpoint presented) {
        NavigableMap<Long, String> signed = new TreeMap<>();
        AuditVerification[] invalid = new AuditVerification[1];
        long[] count = new long[1];
        checkpoints.each(checkpoint -> {
            count[0]++;
            if (checkpoints.holds(checkpoint)) {
                signed.put(checkpoint.sequence(), checkpoint.hash());
            } else if (invalid[0] == null) {
                invalid[0] = new AuditVerification(0, checkpoint.sequence() - 1, null, checkpoint.sequence(),
                        AuditVerification.Problem.CHECKPOINT_INVALID);
            }
        });
        if (presented != null) {
            count[0]++;
            signed.put(presented.sequence(), presented.hash());
        }
        AuditVerification chain = log.walk(0, AuditCanonical.GENESIS, signed);
        Long vouched = signed.floorKey(chain.intact() ? chain.headSequence() : chain.brokenSequence() - 1);
        return chain.orEarlier(invalid[0]).withCheckpoints(count[0], vouched);
    }

    /**
     * The quick check of the health indicator: from the latest stored checkpoint (its signature
     * holds, its row still has the signed hash), the rows after it; the whole chain when there is
     * no checkpoint yet. Used before signing a new head, too.
     */
    @Transactional(readOnly = true)
    AuditVerification fromLatestCheckpoint() {
        Optional<AuditCheckpoint> latest = checkpoints.latest();
        if (latest.isEmpty()) {
            return log.verify();
        }
        AuditCheckpoint checkpoint = latest.get();
        long sequence = checkpoint.sequence();
        if (!checkpoints.holds(checkpoint)) {
            return new AuditVerification(0, sequence - 1, null, sequence, AuditVerification.Problem.CHECKPOINT_INVALID)
                    .withCheckpoints(1, null);
        }
        Optional<AuditEntry> row = log.at(sequence);
        if (row.isEmpty()) {
            long head = log.head().map(AuditEntry::sequence).orElse(0L);
            return new AuditVerification(0, Math.min(head, sequence - 1), null, Math.min(head + 1, sequence),
                    AuditVerification.Problem.MISSING_ROWS).withCheckpoints(1, null);
        }
        AuditEntry entry = row.get();
        if (!AuditCanonical.hash(entry).equals(entry.hash())) {
            return new AuditVerification(1, sequence - 1, entry.previousHash(), sequence,
                    AuditVerification.Problem.CONTENT_CHANGED).withCheckpoints(1, null);
        }
        if (!entry.hash().equals(checkpoint.hash())) {
            return new AuditVerification(1, sequence - 1, entry.previousHash(), sequence,
                    AuditVerification.Problem.CHECKPOINT_MISMATCH).withCheckpoints(1, null);
        }
        AuditVerification after = log.walk(sequence, entry.hash(), new TreeMap<>());
        return new AuditVerification(after.checked() + 1, after.headSequence(), after.headHash(),
                after.brokenSequence(), after.problem(), 1, sequence);
    }
}
