package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A recorded assessment of one unit: the score, the pass mark it was held against, whether it passed, and how the
 * score was found.
 */
public record UnitResult(String unitCode, BigDecimal score, Map<String, BigDecimal> elementScores,
                         BigDecimal passMark, boolean passed, String assessor, Instant assessedAt,
                         AssessmentMethod method) {
}
