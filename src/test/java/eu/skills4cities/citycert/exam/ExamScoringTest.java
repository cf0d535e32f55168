package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring against results computed by hand: exactly the correct options, shares per element and unit. */
class ExamScoringTest {

    private static final UUID SESSION = UUID.randomUUID();

    @Test
    void a_multiple_choice_item_is_right_only_with_exactly_its_correct_options() {
        ExamItem multiple = item("U1", "U1-E1", true, true, false, false);

        assertThat(ExamScoring.right(multiple, List.of(0, 1))).isTrue();
        assertThat(ExamScoring.right(multiple, List.of(1, 0))).isTrue();
        assertThat(ExamScoring.right(multiple, List.of(0))).as("one correct option missing").isFalse();
        assertThat(ExamScoring.right(multiple, List.of(0, 1, 2))).as("a wrong one added").isFalse();
        assertThat(ExamScoring.right(multiple, List.of())).as("unanswered").isFalse();
        ExamItem single = item("U1", "U1-E1", false, false, true);
        assertThat(ExamScoring.right(single, List.of(2))).isTrue();
        assertThat(ExamScoring.right(single, List.of(0))).isFalse();
    }

    @Test
    void scores_per_element_and_unit_are_the_share_of_items_answered_right() {
        // U1-E1: 3 items, 2 right; U1-E2: 2 items, 0 right; U2-E1: 1 item, 1 right
        ExamItem a = item("U1", "U1-E1", true, false, false);
        ExamItem b = item("U1", "U1-E1", false, true, false);
        ExamItem c = item("U1", "U1-E1", true, true, false);
        ExamItem d = item("U1", "U1-E2", true, false, false);
        ExamItem e = item("U1", "U1-E2", false, false, true);
        ExamItem f = item("U2", "U2-E1", false, true, false, false);
        List<SessionItem> form = List.of(answered(1, a, 0), answered(2, b, 1), answered(3, c, 0),
                answered(4, d, 1), answered(5, e), answered(6, f, 1));
        Map<UUID, ExamItem> bank = Map.of(a.id(), a, b.id(), b, c.id(), c, d.id(), d, e.id(), e, f.id(), f);

        List<ElementScore> scores = ExamScoring.score(form, bank);

        assertThat(scores).containsExactly(new ElementScore("U1", "U1-E1", 3, 2),
                new ElementScore("U1", "U1-E2", 2, 0), new ElementScore("U2", "U2-E1", 1, 1));
        List<UnitExamResult> units = ExamScoring.perUnit(scores);
        // U1: 2 of 5 = 40.0 %; U2: 1 of 1 = 100.0 %
        assertThat(units).containsExactly(new UnitExamResult("U1", 5, 2, new BigDecimal("40.0")),
                new UnitExamResult("U2", 1, 1, new BigDecimal("100.0")));
        assertThat(ExamScoring.percent(2, 3)).isEqualByComparingTo("66.7");
    }

    private static SessionItem answered(int position, ExamItem item, Integer... chosen) {
        return new SessionItem(SESSION, position, item.id(), item.unitCode(), item.elementCode(), List.of(0, 1, 2),
                List.of(chosen), chosen.length == 0 ? null : Instant.now());
    }

    private static ExamItem item(String unit, String element, boolean... correct) {
        List<ItemOption> options = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new ItemOption("option " + i, correct[i]));
        }
        return new ExamItem(UUID.randomUUID(), "T-" + UUID.randomUUID(), 1, ItemStatus.APPROVED, "R", unit, element,
                "Stem", options, "Why", Difficulty.MEDIUM, false, Instant.now(), "a", Instant.now(), "a", null, null,
                null, null, null, null);
    }
}
