package eu.skills4cities.citycert.application;

import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.stereotype.Component;

/**
 * The evidence upload rules for other modules (an appeal's documents): the same check of type,
 * content and size an application's documents get ({@link EvidenceDocumentPolicy}), and the safe name.
 */
@Component
public class EvidenceUploads {

    private final EvidenceDocumentPolicy policy;

    EvidenceUploads(EvidenceDocumentPolicy policy) {
        this.policy = policy;
    }

    /** A document that passed the rules: its safe name, the type found in its content, and its SHA-256. */
    public record CheckedDocument(String fileName, String contentType, byte[] content, String sha256) {
    }

    /** Adds every problem with the document to {@code problems}; returns the document when there is none. */
    public Optional<CheckedDocument> check(UploadedDocument document, List<UserMessage> problems) {
        return policy.check(document, problems).map(accepted -> new CheckedDocument(accepted.fileName(),
                accepted.contentType(), accepted.content(), accepted.sha256()));
    }
}
