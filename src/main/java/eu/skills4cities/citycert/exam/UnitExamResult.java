package eu.skills4cities.citycert.exam;

import java.math.BigDecimal;

/**
 * A session's result on one unit: the share of its items answered right, in percent (one decimal). What the
 * candidate sees after the exam: no items, no answers.
 */
public record UnitExamResult(String unitCode, int items, int correct, BigDecimal percent) {
}
