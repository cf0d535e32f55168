package eu.skills4cities.citycert.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certified person's side of a complaint about them: the complaints triaged as about one of
 * their certificates, as {@link ComplaintAboutYou} (never who complained), and their responses with
 * documents while the investigation is open. Anybody else's complaint is a 404.
 */
@Service
public class ComplaintHolders {

    private static final Logger log = LoggerFactory.getLogger(ComplaintHolders.class);
    /** The name an erased complainant leaves: the marker an erased account gets too (a stored value, not a text). */
    static final String ERASED_NAME = "Erased account";

    private final ComplaintStore store;
    private final CertificateService certificates;
    private final ComplaintIntake intake;
    private final ComplaintProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintHolders(ComplaintStore store, CertificateService certificates, ComplaintIntake intake,
                     ComplaintProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.certificates = certificates;
        this.intake = intake;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The complaints about the person's certificates, newest first. */
    @Transactional(readOnly = true)
    public List<ComplaintAboutYou> aboutMe(CurrentUser holder) {
        List<String> numbers = certificates.mine(holder).stream().map(CertificateInfo::number).toList();
        return store.aboutCertificates(numbers).stream().map(this::aboutYou).toList();
    }

    /**
     * One complaint about the person.
     *
     * @throws NotFoundException when there is none about them with this number
     */
    @Transactional(readOnly = true)
    public ComplaintAboutYou aboutMe(CurrentUser holder, String number) {
        return aboutMe(holder).stream().filter(complaint -> complaint.number().equals(number)).findFirst()
                .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
    }

    /**
     * The holder responds with a text and documents (the evidence rules apply).
     *
     * @throws NotFoundException     when there is no complaint about them with this number
     * @throws RefusedException      when the investigation is closed
     * @throws InvalidInputException when the text is missing or too long, or a document is unfit; nothing is stored
     */
    @Transactional
    public ComplaintAboutYou respond(CurrentUser holder, String number, String text, List<UploadedDocument> documents) {
        ComplaintAboutYou complaint = aboutMe(holder, number);
        if (!complaint.mayRespond()) {
            throw RefusedException.conflict("problem.complaint.closed", number);
        }
        String response = InputText.strip(text);
        List<UserMessage> problems = new ArrayList<>();
        if (response.isEmpty()) {
            problems.add(UserMessage.of("problem.complaint.response-missing"));
        } else if (response.length() > properties.maxDescription()) {
            problems.add(UserMessage.of("problem.complaint.response-length", properties.maxDescription(),
                    response.length()));
        }
        List<EvidenceDocumentPolicy.AcceptedDocument> accepted = intake.documents(
                documents == null ? List.of() : documents, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.complaint.refused", problems);
        }
        ComplaintStore.Row row = store.byNumber(number).orElseThrow();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertResponse(id, row.id(), holder.username(), response, now);
        for (EvidenceDocumentPolicy.AcceptedDocument document : accepted) {
            store.insertDocument(row.id(), id, document.fileName(), document.contentType(), document.sha256(),
                    document.content(), now);
        }
        events.publishEvent(new ComplaintRecorded(row.id(), number, ComplaintRecorded.Step.HOLDER_RESPONDED,
                holder.username(), row.subjectValue(), row.certificateNumber(), null, null, now));
        log.info("Complaint {}: the holder responded ({} document(s))", number, accepted.size());
        return aboutMe(holder, number);
    }

    /**
     * With the person's account: their responses to complaints about them (and the documents) are
     * erased, and their name and address on the complaints they made; the complaints, triages and
     * outcomes stay recorded for the body's audit (docs/privacy.md).
     */
    @Transactional
    public void erasePersonalContent(CurrentUser person) {
        int responses = store.deleteResponsesOf(person.username());
        int made = store.eraseComplainant(person.username(), ERASED_NAME);
        if (responses + made > 0) {
            log.info("Account {} erased: {} complaint response(s) deleted, {} complaint(s) made anonymised",
                    person.username(), responses, made);
        }
    }

    private ComplaintAboutYou aboutYou(ComplaintStore.Row complaint) {
        return new ComplaintAboutYou(complaint.number(), complaint.certificateNumber(), complaint.triageReason(),
                ComplaintWork.instant(complaint.triagedAt()), complaint.statusValue(), complaint.outcomeValue(),
                complaint.outcomeReason(), complaint.statusValue() == ComplaintStatus.INVESTIGATING,
                store.responses(complaint.id()));
    }
}
