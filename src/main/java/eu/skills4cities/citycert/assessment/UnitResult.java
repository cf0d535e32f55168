package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A recorded assessment of one unit: the score, the pass mark it was held against, and whether it passed. */
public record UnitResult(String unitCode, BigDecimal score, Map<String, BigDecimal> elementScores,
                         BigDecimal passMark, boolean passed, String assessor, Instant assessedAt) {
}
