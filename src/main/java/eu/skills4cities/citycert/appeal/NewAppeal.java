package eu.skills4cities.citycert.appeal;

import java.util.List;

import eu.skills4cities.citycert.application.UploadedDocument;

/**
 * An appeal as the appellant makes it.
 *
 * @param decision  the key of the contested decision ({@link ContestableDecision#key()})
 * @param grounds   why the decision should be reconsidered (required)
 * @param documents evidence for the grounds, under the evidence upload rules
 * @param units     for a unit not passed: the units contested (codes, each one the application did not pass);
 *                  empty for all of them
 */
public record NewAppeal(String decision, String grounds, List<UploadedDocument> documents, List<String> units) {

    public NewAppeal {
        documents = documents == null ? List.of() : List.copyOf(documents);
        units = units == null ? List.of() : units.stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(unit -> !unit.isEmpty()).distinct().toList();
    }

    public NewAppeal(String decision, String grounds, List<UploadedDocument> documents) {
        this(decision, grounds, documents, List.of());
    }
}
