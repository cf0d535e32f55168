package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One exam item version's use in the submitted (not voided) sessions of the period: in how many sessions it was on
 * the form ({@code presented}), answered and answered right; the share answered right ({@code shareRight}, the
 * difficulty index p, 0 to 1, an unanswered item counting as not right, as in scoring); and the item–rest
 * correlation: Pearson's r between the item's score (1 right, 0 not) and the candidate's number of other items of
 * the same session answered right, over the sessions that had the item. Below {@value #MIN_SESSIONS} sessions, or
 * when every session scored the item (or the rest) alike, there is no correlation and no review. Never the stem,
 * the options or the correct answers.
 */
public record ItemStatistic(String roleCode, String unitCode, String elementCode, String itemCode, int itemVersion,
                            long presented, long answered, long answeredRight, BigDecimal shareRight,
                            BigDecimal itemRest) implements ReportRow {

    /** The fewest sessions with the item for a correlation and a review: fewer say little about the item. */
    public static final int MIN_SESSIONS = 5;
    /** A share right above this: most candidates find the item easy. */
    public static final BigDecimal EASY_ABOVE = new BigDecimal("0.9");
    /** A share right below this: most candidates miss the item (or its key is wrong). */
    public static final BigDecimal HARD_BELOW = new BigDecimal("0.2");
    /** An item–rest correlation below this: the item hardly separates strong from weak candidates. */
    public static final BigDecimal WEAK_BELOW = new BigDecimal("0.2");

    /** Why the authors should look at the item again; empty when nothing stands out or too few sessions had it. */
    @JsonProperty("review")
    public List<ItemReview> review() {
        List<ItemReview> reasons = new ArrayList<>();
        if (presented < MIN_SESSIONS) {
            return reasons;
        }
        if (shareRight.compareTo(EASY_ABOVE) > 0) {
            reasons.add(ItemReview.TOO_EASY);
        }
        if (shareRight.compareTo(HARD_BELOW) < 0) {
            reasons.add(ItemReview.TOO_HARD);
        }
        if (itemRest != null && itemRest.compareTo(WEAK_BELOW) < 0) {
            reasons.add(ItemReview.WEAK_SEPARATION);
        }
        return List.copyOf(reasons);
    }

    /** The review reasons in the CSV: their names, separated by a space; empty for none. */
    @Override
    public List<String> cells() {
        return List.of(roleCode, unitCode, elementCode, itemCode, Integer.toString(itemVersion),
                Long.toString(presented), Long.toString(answered), Long.toString(answeredRight),
                shareRight.toPlainString(), itemRest == null ? "" : itemRest.toPlainString(),
                review().stream().map(Enum::name).collect(Collectors.joining(" ")));
    }
}
