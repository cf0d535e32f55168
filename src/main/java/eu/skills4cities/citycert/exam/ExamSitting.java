package eu.skills4cities.citycert.exam;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as its candidate sees it: while it runs, the items with their options in the order drawn for them and
 * the answers given so far; afterwards, no items. Never a correct answer.
 *
 * @param secondsLeft the time left by the server's clock; 0 once the session ended
 * @param results     the result per unit once submitted; empty before
 */
public record ExamSitting(UUID sessionId, String applicationNumber, ExamSessionStatus status, Instant startedAt,
                          Instant endsAt, long secondsLeft, List<SittingItem> items, List<UnitExamResult> results) {

    public ExamSitting {
        items = List.copyOf(items);
        results = List.copyOf(results);
    }

    /**
     * One item as the candidate sees it.
     *
     * @param options        the option texts in the order shown (an answer names their indexes, from 0)
     * @param multipleChoice more than one option may be chosen
     * @param chosen         the indexes (in the order shown) chosen so far; empty before an answer
     */
    public record SittingItem(int position, String unitCode, String elementCode, String stem, List<String> options,
                              boolean multipleChoice, List<Integer> chosen) {
    }
}
