package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The scores of an application's submitted exam, for the assessment: the exam module implements this as a bean,
 * so that the judging reads exam results without depending on that module (which depends on applications).
 * Without the bean there are no exam scores.
 */
public interface ExamScores {

    /**
     * The latest submitted exam's scores in percent: per unit (the share of its items answered right), and per
     * element; empty when the application has no submitted exam.
     */
    Map<String, UnitExamScore> of(UUID applicationId);

    /** One unit's exam score and its elements' scores, in percent. */
    record UnitExamScore(BigDecimal score, Map<String, BigDecimal> elementScores) {

        public UnitExamScore {
            elementScores = Map.copyOf(elementScores);
        }
    }
}
