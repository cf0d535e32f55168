package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * What an assessment of an application covers: the units still to assess (all of the role's
 * units, or on a retake only those the candidate does not hold yet), the units held already,
 * the pass mark, and whether elements are scored one by one.
 */
public record AssessmentPlan(List<UnitDefinition> toAssess, List<UnitDefinition> heldAlready,
                             List<PassedUnit> passedUnits, BigDecimal passMark, boolean scoreElements,
                             int unitsRequired) {

    public AssessmentPlan {
        toAssess = List.copyOf(toAssess);
        heldAlready = List.copyOf(heldAlready);
        passedUnits = List.copyOf(passedUnits);
    }

    /** One score for a unit: as the unit's score, or, when this plan scores elements, as each of its elements'. */
    public UnitScore uniformScore(UnitDefinition unit, BigDecimal score) {
        if (!scoreElements) {
            return new UnitScore(unit.code(), score, Map.of());
        }
        Map<String, BigDecimal> elements = new LinkedHashMap<>();
        unit.elements().forEach(element -> elements.put(element.code(), score));
        return new UnitScore(unit.code(), null, elements);
    }
}
