package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;

/**
 * A unit's result as the assessor's scores so far make it, not stored: the unit's score in percent and whether
 * the pass rule passes it.
 */
public record UnitPreview(BigDecimal score, boolean passed) {
}
