package eu.skills4cities.citycert.complaint;

import java.time.Instant;
import java.util.List;

/** The holder's response to a complaint about them, with its documents. */
public record HolderResponse(String text, Instant submittedAt, List<ComplaintDocument> documents) {

    public HolderResponse {
        documents = List.copyOf(documents);
    }
}
