package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.Map;

import eu.skills4cities.citycert.base.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An assessor's score for one unit in percent (0 to 100). When the role's scheme scores
 * elements, {@code elementScores} holds a score for every element of the unit and
 * {@code score} is left out: the unit's score is their mean.
 */
public record UnitScore(@Schema(example = "SCPD-U1") @PlainText String unitCode,
                        @Schema(example = "75") BigDecimal score,
                        @Schema(example = "{}") Map<@PlainText String, BigDecimal> elementScores) {

    public UnitScore {
        elementScores = elementScores == null ? Map.of() : Map.copyOf(elementScores);
    }
}
