package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents for the people allowed to read them ({@link ApplicationAccess}), each
 * read recorded in the same transaction, and that record for auditors.
 */
@Service
public class EvidenceDocuments {

    private static final Logger log = LoggerFactory.getLogger(EvidenceDocuments.class);

    private final ApplicationAccess access;
    private final EvidenceDocumentStore documents;
    private final DocumentReadStore documentReads;
    private final Clock clock;

    EvidenceDocuments(ApplicationAccess access, EvidenceDocumentStore documents, DocumentReadStore documentReads,
                      Clock clock) {
        this.access = access;
        this.documents = documents;
        this.documentReads = documentReads;
        this.clock = clock;
    }

    /**
     * A document of an application the user may see, for a download or an inline preview. The
     * read is recorded (who, when, which document, on what grounds) in the same transaction: no
     * document leaves without its record.
     *
     * @throws NotFoundException when the application is not the user's to see, or has
     *                                      no such document
     */
    @Transactional
    public DocumentContent document(CurrentUser user, UUID applicationId, UUID documentId, boolean inline) {
        ApplicationAccess.Readable readable = access.require(user, applicationId);
        DocumentContent content = documents.content(applicationId, documentId)
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        documentReads.insert(applicationId, documentId, user.username(), readable.grounds(), inline, clock.instant());
        log.info("Document {} of application {} read by {} ({}{})", documentId, readable.application().number(),
                user.username(), readable.grounds(), inline ? ", inline" : "");
        return content;
    }

    /**
     * Who read which evidence document of a submitted application, oldest first: for auditors
     * and administrators.
     *
     * @throws AccessDeniedException        when the user is neither auditor nor administrator
     * @throws NotFoundException when there is no such submitted application
     */
    @Transactional(readOnly = true)
    public List<DocumentRead> documentReads(CurrentUser user, UUID applicationId) {
        if (!ApplicationAccess.audits(user)) {
            throw new AccessDeniedException("Only auditors and administrators read the record of document reads");
        }
        access.require(user, applicationId);
        return documentReads.of(applicationId);
    }

    /**
     * The reads of the application's documents by the user themselves, oldest first: a staff
     * member's own part of the case record.
     *
     * @throws NotFoundException when the application is not the user's to see
     */
    @Transactional(readOnly = true)
    public List<DocumentRead> documentReadsBy(CurrentUser user, UUID applicationId) {
        access.require(user, applicationId);
        return documentReads.of(applicationId).stream().filter(read -> read.reader().equals(user.username())).toList();
    }
}
