package eu.skills4cities.citycert.audit;

/**
 * The result of checking the audit log's chain: intact, or the first broken link.
 *
 * @param checked        the rows read (up to and including the broken one)
 * @param headSequence   the sequence of the last intact row (0 for an empty log)
 * @param headHash       the hash of the last intact row ({@link AuditCanonical#GENESIS} for an empty log)
 * @param brokenSequence the sequence of the first row that does not fit, or null when intact
 * @param problem        why it does not fit, or null when intact
 */
public record AuditVerification(long checked, long headSequence, String headHash, Long brokenSequence,
                                Problem problem) {

    /** Why a row breaks the chain. */
    public enum Problem {
        /** The row's sequence is not the one after the row before: rows removed, added or renumbered. */
        SEQUENCE_GAP,
        /** The row's content no longer has the hash it was written with: edited or moved. */
        CONTENT_CHANGED,
        /** The row does not name the row before as its predecessor: a row before it was removed, added or replaced. */
        CHAIN_BROKEN
    }

    public boolean intact() {
        return problem == null;
    }
}
