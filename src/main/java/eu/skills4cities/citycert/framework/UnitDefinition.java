package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Map;

/** A unit of a role, such as "Project initiation and stakeholder engagement". */
public record UnitDefinition(String code, String title, String description, List<ElementDefinition> elements,
                             Map<String, Translation> translations) implements Translated {

    public UnitDefinition {
        elements = List.copyOf(elements);
        translations = Translated.copy(translations);
    }
}
