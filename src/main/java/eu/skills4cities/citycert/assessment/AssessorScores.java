package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/** Checks an assessor's scores against the plan and the scheme, and turns them into the scores stored. */
final class AssessorScores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssessorScores() {
    }

    /**
     * The assessor's scores for the given units of the plan, for the whole unit or for each element as the scheme
     * says, each problem added to {@code problems}: a unit missing, sent twice, outside the plan, or among the
     * plan's units the exam scores (those not given).
     */
    static List<ScoredUnit> of(AssessmentPlan plan, List<UnitDefinition> units, List<UnitScore> scores,
                                List<UserMessage> problems) {
        Map<String, UnitScore> byUnit = AssessmentService.byUnit(scores == null ? List.of() : scores,
                UnitScore::unitCode, "problem.assessment.unit-twice", problems);
        Set<String> scored = units.stream().map(UnitDefinition::code).collect(Collectors.toSet());
        Set<String> planned = plan.toAssess().stream().map(UnitDefinition::code).collect(Collectors.toSet());
        byUnit.keySet().stream().filter(code -> !scored.contains(code))
                .forEach(code -> problems.add(planned.contains(code)
                        ? UserMessage.of("problem.assessment.exam-scored", code)
                        : AssessmentService.notCovered(plan, code, "problem.assessment.unit-unknown")));
        List<ScoredUnit> result = new ArrayList<>();
        for (UnitDefinition unit : units) {
            UnitScore score = byUnit.get(unit.code());
            BigDecimal value = scoreOf(plan, unit, score, problems);
            if (value != null) {
                result.add(new ScoredUnit(unit.code(), value, plan.scoreElements() ? score.elementScores() : Map.of(),
                        AssessmentMethod.PORTFOLIO));
            }
        }
        return result;
    }

    /**
     * The unit's score from what the assessor gave: the score in percent, or with element scoring the mean of the
     * elements' scores, at two decimals; null, with the problem added, when it is missing or out of range.
     */
    static BigDecimal scoreOf(AssessmentPlan plan, UnitDefinition unit, UnitScore score, List<UserMessage> problems) {
        if (score == null) {
            problems.add(UserMessage.of("problem.assessment.unit-missing", unit.code(), unit.title()));
            return null;
        }
        if (plan.scoreElements()) {
            return meanOfElements(unit, score, problems);
        }
        if (!score.elementScores().isEmpty()) {
            problems.add(UserMessage.of("problem.assessment.whole-unit", unit.code()));
            return null;
        }
        if (!isPercent(score.score())) {
            problems.add(UserMessage.of("problem.assessment.score", unit.code()));
            return null;
        }
        return score.score().setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal meanOfElements(UnitDefinition unit, UnitScore score, List<UserMessage> problems) {
        if (score.score() != null) {
            problems.add(UserMessage.of("problem.assessment.by-element", unit.code()));
            return null;
        }
        Set<String> elements = unit.elements().stream().map(ElementDefinition::code).collect(Collectors.toSet());
        score.elementScores().keySet().stream().filter(code -> !elements.contains(code)).sorted()
                .forEach(code -> problems.add(UserMessage.of("problem.assessment.element-unknown", unit.code(), code)));
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (ElementDefinition element : unit.elements()) {
            BigDecimal value = score.elementScores().get(element.code());
            if (value == null) {
                problems.add(UserMessage.of("problem.assessment.element-missing", unit.code(), element.code()));
                complete = false;
            } else if (!isPercent(value)) {
                problems.add(UserMessage.of("problem.assessment.element-score", unit.code(), element.code()));
                complete = false;
            } else {
                sum = sum.add(value);
            }
        }
        return complete ? sum.divide(BigDecimal.valueOf(unit.elements().size()), 2, RoundingMode.HALF_UP) : null;
    }

    private static boolean isPercent(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }
}
