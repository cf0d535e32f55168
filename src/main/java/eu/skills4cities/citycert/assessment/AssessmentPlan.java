package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * What the review and the assessment of an application cover: the units still to judge (the
 * role's units the candidate does not hold yet), the units held already and why
 * ({@link UnitHeldAlready}: a retake's earlier application, an active unit certificate, or a
 * recertification's carry-over), the pass mark, whether elements are scored one by one, and what the scheme has
 * the portfolio cover when an exam stands beside it ({@code portfolioUnits}, empty for every unit).
 */
public record AssessmentPlan(List<UnitDefinition> toAssess, List<UnitDefinition> heldAlready,
                             List<PassedUnit> passedUnits, BigDecimal passMark, boolean scoreElements,
                             int unitsRequired, List<UnitHeldAlready> heldBecause, List<String> portfolioUnits) {

    public AssessmentPlan {
        toAssess = List.copyOf(toAssess);
        heldAlready = List.copyOf(heldAlready);
        passedUnits = List.copyOf(passedUnits);
        heldBecause = List.copyOf(heldBecause);
        portfolioUnits = List.copyOf(portfolioUnits);
    }

    /** On the route exam and portfolio: the units to assess that the assessor scores from the portfolio. */
    public List<UnitDefinition> portfolioCovered() {
        return toAssess.stream().filter(u -> portfolioUnits.isEmpty() || portfolioUnits.contains(u.code())).toList();
    }

    /** On the route exam and portfolio: the units to assess that take the exam's score. */
    public List<UnitDefinition> leftToExam() {
        return toAssess.stream().filter(u -> !portfolioUnits.isEmpty() && !portfolioUnits.contains(u.code())).toList();
    }

    /**
     * One sentence per held unit, keyed {@code keyPrefix + basis} ({@link UnitHeldAlready.Basis}), with the
     * arguments {0} the unit's code and title, {1} the certificate holding it, {2} the day it was passed
     * (ISO), {3} the carry-over table's reason.
     */
    public List<eu.skills4cities.citycert.base.UserMessage> heldMessages(String keyPrefix) {
        return heldAlready.stream().flatMap(unit -> heldBecause(unit.code()).stream().map(held ->
                eu.skills4cities.citycert.base.UserMessage.of(keyPrefix + held.basis().name(),
                        unit.code() + " " + unit.title(),
                        held.certificateNumber() == null ? "" : held.certificateNumber(),
                        held.passedOn() == null ? "" : held.passedOn().toString(),
                        held.reason() == null ? "" : held.reason()))).toList();
    }

    /** Why the unit is held already, if it is. */
    public java.util.Optional<UnitHeldAlready> heldBecause(String unitCode) {
        return heldBecause.stream().filter(h -> h.unitCode().equals(unitCode)).findFirst();
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
