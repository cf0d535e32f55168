package eu.skills4cities.citycert.audit;

/**
 * The result of checking the audit log's chain, and its checkpoints: intact, or the first broken link.
 *
 * @param checked        the rows read (up to and including the broken one)
 * @param headSequence   the sequence of the last intact row (0 for an empty log)
 * @param headHash       the hash of the last intact row ({@link AuditCanonical#GENESIS} for an empty log); null
 *                       when the first broken link is a stored checkpoint or a row the chain did not reach
 * @param brokenSequence the sequence of the first row that does not fit, or null when intact
 * @param problem        why it does not fit, or null when intact
 * @param checkpoints    the signed checkpoints the chain was checked against (stored and uploaded)
 * @param signedSequence the highest sequence a valid checkpoint vouches for and the chain still has, or null
 */
public record AuditVerification(long checked, long headSequence, String headHash, Long brokenSequence,
                                Problem problem, long checkpoints, Long signedSequence) {

    /** Why a row breaks the chain. */
    public enum Problem {
        /** The row's sequence is not the one after the row before: rows removed, added or renumbered. */
        SEQUENCE_GAP,
        /** The row's content no longer has the hash it was written with: edited or moved. */
        CONTENT_CHANGED,
        /** The row does not name the row before as its predecessor: a row before it was removed, added or replaced. */
        CHAIN_BROKEN,
        /** The log ends before a checkpoint's sequence: its last rows were removed. */
        MISSING_ROWS,
        /** The row at a checkpoint's sequence has another hash than the signed one: the table was rewritten. */
        CHECKPOINT_MISMATCH,
        /** A stored checkpoint's signature does not hold, or its columns differ from what was signed. */
        CHECKPOINT_INVALID
    }

    /** A chain-only result, before any checkpoint is looked at. */
    public AuditVerification(long checked, long headSequence, String headHash, Long brokenSequence, Problem problem) {
        this(checked, headSequence, headHash, brokenSequence, problem, 0, null);
    }

    public boolean intact() {
        return problem == null;
    }

    AuditVerification withCheckpoints(long count, Long signed) {
        return new AuditVerification(checked, headSequence, headHash, brokenSequence, problem, count, signed);
    }

    /** This result, unless the other names a link that broke earlier. */
    AuditVerification orEarlier(AuditVerification other) {
        if (other == null || other.intact()) {
            return this;
        }
        if (intact() || other.brokenSequence() < brokenSequence()) {
            // the rows this check read, the link the other names
            return new AuditVerification(checked, other.headSequence(), other.headHash(), other.brokenSequence(),
                    other.problem(), checkpoints, signedSequence);
        }
        return this;
    }
}
