package eu.skills4cities.citycert.framework;

import java.util.Map;

/** A performance criterion: "The candidate can …". */
public record CriterionDefinition(String code, String title, String description,
                                  Map<String, Translation> translations) implements Translated {

    public CriterionDefinition {
        translations = Translated.copy(translations);
    }
}
