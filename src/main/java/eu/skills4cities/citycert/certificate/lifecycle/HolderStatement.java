package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the holder said in answer to a suspension, and the documents they gave with it. */
public record HolderStatement(UUID id, String author, String text, Instant submittedAt, List<Document> documents) {

    public HolderStatement {
        documents = List.copyOf(documents);
    }

    /** One document of a statement (its content is downloaded separately). */
    public record Document(UUID id, String fileName, String contentType, long size) {
    }
}
