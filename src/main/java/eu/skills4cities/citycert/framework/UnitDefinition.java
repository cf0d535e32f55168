package eu.skills4cities.citycert.framework;

import java.util.List;

/** A unit of a role, such as "Project initiation and stakeholder engagement". */
public record UnitDefinition(String code, String title, String description, List<ElementDefinition> elements) {

    public UnitDefinition {
        elements = List.copyOf(elements);
    }
}
