package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Scores a form: an item is right only when the options chosen are exactly its correct options (a
 * multiple-choice item with one correct option missing, or one wrong option added, is wrong; there is no part
 * credit). Per element and per unit the score is the share of its items answered right.
 */
final class ExamScoring {

    private ExamScoring() {
    }

    /** Whether the chosen options (the bank's indexes) are exactly the item's correct ones. */
    static boolean right(ExamItem item, List<Integer> chosen) {
        Set<Integer> correct = new HashSet<>();
        IntStream.range(0, item.options().size()).filter(i -> item.options().get(i).correct()).forEach(correct::add);
        return !chosen.isEmpty() && new HashSet<>(chosen).equals(correct);
    }

    /** The form's scores per element, in the form's order of first appearance. */
    static List<ElementScore> score(List<SessionItem> form, Map<UUID, ExamItem> items) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (SessionItem sessionItem : form) {
            int[] count = counts.computeIfAbsent(List.of(sessionItem.unitCode(), sessionItem.elementCode()),
                    k -> new int[2]);
            count[0]++;
            if (right(items.get(sessionItem.itemId()), sessionItem.chosen())) {
                count[1]++;
            }
        }
        List<ElementScore> scores = new ArrayList<>();
        counts.forEach((key, count) -> scores.add(new ElementScore(key.get(0), key.get(1), count[0], count[1])));
        return scores;
    }

    /** The result per unit (the share of the unit's items answered right), in the order of the scores. */
    static List<UnitExamResult> perUnit(List<ElementScore> scores) {
        Map<String, int[]> units = new LinkedHashMap<>();
        for (ElementScore score : scores) {
            int[] count = units.computeIfAbsent(score.unitCode(), k -> new int[2]);
            count[0] += score.items();
            count[1] += score.correct();
        }
        List<UnitExamResult> results = new ArrayList<>();
        units.forEach((unit, count) -> results.add(new UnitExamResult(unit, count[0], count[1], percent(count[1],
                count[0]))));
        return results;
    }

    static BigDecimal percent(int correct, int items) {
        return BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(items), 1, RoundingMode.HALF_UP);
    }
}
