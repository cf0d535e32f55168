package eu.skills4cities.citycert.framework;

import java.util.List;

/** A learning element (a competence) of a unit. */
public record ElementDefinition(String code, String title, String description, List<CriterionDefinition> criteria) {

    public ElementDefinition {
        criteria = List.copyOf(criteria);
    }
}
