package eu.skills4cities.citycert.appeal;

import java.util.List;

import eu.skills4cities.citycert.application.UploadedDocument;

/**
 * An appeal as the appellant makes it.
 *
 * @param decision  the key of the contested decision ({@link ContestableDecision#key()})
 * @param grounds   why the decision should be reconsidered (required)
 * @param documents evidence for the grounds, under the evidence upload rules
 */
public record NewAppeal(String decision, String grounds, List<UploadedDocument> documents) {

    public NewAppeal {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
