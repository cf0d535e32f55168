package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit's score as it is stored: in percent (two decimals), its elements' scores when they were given, and
 * how it was found (the assessor's from the portfolio, or the exam's).
 */
record ScoredUnit(String unitCode, BigDecimal score, Map<String, BigDecimal> elementScores, AssessmentMethod method) {

    ScoredUnit {
        elementScores = Map.copyOf(elementScores);
    }
}
