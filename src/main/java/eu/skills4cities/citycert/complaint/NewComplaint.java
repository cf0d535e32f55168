package eu.skills4cities.citycert.complaint;

import java.util.List;

import eu.skills4cities.citycert.application.UploadedDocument;

/**
 * A complaint as the form or the API gives it, before any check. A signed-in complainant's name
 * and address come from their account; these two fields are then ignored.
 *
 * @param certificateNumber the certified person's certificate, as typed (tidied as the verification does);
 *                          ignored for a complaint about the body
 */
public record NewComplaint(String name, String email, ComplaintSubject subject, String certificateNumber,
                           String description, List<UploadedDocument> documents) {

    public NewComplaint {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
