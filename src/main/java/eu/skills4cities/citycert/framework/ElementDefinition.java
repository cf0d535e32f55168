package eu.skills4cities.citycert.framework;

import java.util.List;
import java.util.Map;

/** A learning element (a competence) of a unit. */
public record ElementDefinition(String code, String title, String description, List<CriterionDefinition> criteria,
                                Map<String, Translation> translations) implements Translated {

    public ElementDefinition {
        criteria = List.copyOf(criteria);
        translations = Translated.copy(translations);
    }
}
