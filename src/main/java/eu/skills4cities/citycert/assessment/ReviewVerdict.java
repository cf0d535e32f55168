package eu.skills4cities.citycert.assessment;

import java.util.Collection;

/**
 * A reviewer's verdict on the evidence for one unit (EU validation guidelines: relevant,
 * authentic, sufficient, current).
 */
public enum ReviewVerdict {
    SUFFICIENT,
    /** The candidate is asked for more; the application waits for them. */
    MORE_NEEDED,
    /** The evidence cannot support certification: the application is refused with the reasons. */
    INSUFFICIENT;

    /**
     * The verdict on the whole portfolio: refused when any unit's evidence is insufficient,
     * else more evidence is asked for when any unit needs it, else sufficient.
     */
    public static ReviewVerdict overall(Collection<ReviewVerdict> unitVerdicts) {
        if (unitVerdicts.contains(INSUFFICIENT)) {
            return INSUFFICIENT;
        }
        return unitVerdicts.contains(MORE_NEEDED) ? MORE_NEEDED : SUFFICIENT;
    }
}
