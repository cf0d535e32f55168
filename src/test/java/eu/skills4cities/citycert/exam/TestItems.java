package eu.skills4cities.citycert.exam;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Items for tests, on an element of the sample framework (published in the demo profile), with fresh codes. */
public final class TestItems {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestItems() {
    }

    /** A code no other test uses: letters and digits of this run, a dash and three digits. */
    public static String freshCode() {
        return "T" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet()
                + "-001";
    }

    /** A valid single-choice item on SCPD-U1-E1. */
    public static ItemDraft valid(String code) {
        return new ItemDraft(code, "SCPD", "SCPD-U1", "SCPD-U1-E1", "Which is a smart city domain?",
                List.of(new ItemOption("Mobility", true), new ItemOption("Heraldry", false),
                        new ItemOption("Astrology", false)),
                "Mobility is a smart city domain.", Difficulty.EASY);
    }

    public static ItemDraft withStem(ItemDraft draft, String stem) {
        return new ItemDraft(draft.code(), draft.roleCode(), draft.unitCode(), draft.elementCode(), stem,
                draft.options(), draft.explanation(), draft.difficulty());
    }
}
