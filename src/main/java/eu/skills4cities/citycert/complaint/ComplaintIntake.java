package eu.skills4cities.citycert.complaint;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.ReaderLanguage;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.verification.CertificateVerification;
import eu.skills4cities.citycert.certificate.verification.NumberVerification;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Languages;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving complaints: from anyone through the public form or API (the address confirmed by a
 * mailed link before the complaint counts) and from signed-in people (their account's name and
 * address, counted at once). Bad input is refused as a whole, with every problem named, and
 * nothing is stored. A complaint that counts is numbered, given its due date, and its process
 * started, in one transaction. Callers apply {@link ComplaintRateLimiter} first.
 */
@Service
public class ComplaintIntake {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;

    private final ComplaintStore store;
    private final ComplaintProperties properties;
    private final CertificateVerification verification;
    private final EvidenceDocumentPolicy documents;
    private final UserAccountService users;
    private final ComplaintNotices notices;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintIntake(ComplaintStore store, ComplaintProperties properties, CertificateVerification verification,
                    EvidenceDocumentPolicy documents, UserAccountService users, ComplaintNotices notices,
                    RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.verification = verification;
        this.documents = documents;
        this.users = users;
        this.notices = notices;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes a complaint. Without an account ({@code complainant} null) it waits for the mailed link;
     * a signed-in complainant's counts at once.
     *
     * @throws InvalidInputException with every problem of the input; nothing is stored
     */
    @Transactional
    public SubmittedComplaint submit(CurrentUser complainant, NewComplaint complaint) {
        List<UserMessage> problems = new ArrayList<>();
        String name;
        String email;
        if (complainant != null) {
            UserProfile account = users.find(complainant.username())
                    .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
            name = account.fullName();
            email = account.email();
        } else {
            name = InputText.strip(complaint.name());
            email = InputText.strip(complaint.email());
            if (name.isEmpty()) {
                problems.add(UserMessage.of("problem.complaint.name-missing"));
            } else if (name.length() > MAX_NAME) {
                problems.add(UserMessage.of("problem.complaint.name-length", MAX_NAME));
            }
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                problems.add(UserMessage.of("problem.complaint.email-invalid"));
            }
        }
        String certificateNumber = certificate(complaint, problems);
        String description = InputText.strip(complaint.description());
        if (description.isEmpty()) {
            problems.add(UserMessage.of("problem.complaint.description-missing"));
        } else if (description.length() > properties.maxDescription()) {
            problems.add(UserMessage.of("problem.complaint.description-length", properties.maxDescription(),
                    description.length()));
        }
        List<EvidenceDocumentPolicy.AcceptedDocument> accepted = documents(complaint.documents(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.complaint.refused", problems);
        }

        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // the complainant's mail is written in the language the form or the API was read in
        Locale language = Languages.supported(ReaderLanguage.current()).orElse(Languages.DEFAULT);
        String token = complainant == null ? newToken() : null;
        store.insert(id, complainant == null ? null : complainant.username(), name, email, complaint.subject(),
                certificateNumber, description, token == null ? null : Sha256.hex(token),
                token == null ? null : now.plus(properties.confirmationValidity()), now, language.toLanguageTag());
        for (EvidenceDocumentPolicy.AcceptedDocument document : accepted) {
            store.insertDocument(id, null, document.fileName(), document.contentType(), document.sha256(),
                    document.content(), now);
        }
        events.publishEvent(new ComplaintRecorded(id, null, ComplaintRecorded.Step.SUBMITTED,
                complainant == null ? null : complainant.username(), complaint.subject(), certificateNumber, null,
                null, now));
        if (complainant == null) {
            notices.confirmationLink(email, name, token, language);
            log.info("Complaint {} made through the public form, awaiting confirmation", id);
            return new SubmittedComplaint(null, ComplaintStatus.AWAITING_CONFIRMATION);
        }
        return count(store.lock(id).orElseThrow(), complainant.username());
    }

    /**
     * The complainant followed the mailed link: the complaint counts from now.
     *
     * @throws RefusedException (gone) when the link is unknown, used or expired
     */
    @Transactional
    public SubmittedComplaint confirm(String token) {
        ComplaintStore.Row complaint = Optional.ofNullable(token).filter(t -> !t.isBlank())
                .flatMap(t -> store.lockByConfirmation(Sha256.hex(t.strip())))
                .filter(row -> row.confirmBy() != null && row.confirmBy().toInstant().isAfter(clock.instant()))
                .orElseThrow(() -> RefusedException.gone("problem.complaint.link-gone"));
        return count(complaint, null);
    }

    /** The complaints the signed-in person made, newest first (their own words and what became of them). */
    @Transactional(readOnly = true)
    public List<MadeComplaint> madeBy(CurrentUser complainant) {
        return store.madeBy(complainant.username()).stream()
                .map(row -> new MadeComplaint(row.number(), row.statusValue(), row.subjectValue(),
                        row.certificateNumber(), row.description(), row.submittedAt().toInstant(),
                        row.triageValue() == Triage.ABOUT_A_HOLDER ? null : row.outcomeValue()))
                .toList();
    }

    private SubmittedComplaint count(ComplaintStore.Row complaint, String actor) {
        Instant now = clock.instant();
        String number = store.nextNumber(now.atZone(ZoneOffset.UTC).getYear());
        // to the millisecond, as the engine keeps its timer's date
        Instant due = now.plus(properties.answerWithin()).truncatedTo(ChronoUnit.MILLIS);
        store.counted(complaint.id(), number, now, due);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintProcess.VAR_COMPLAINT_ID, complaint.id().toString());
        variables.put(ComplaintProcess.VAR_DUE_AT, Date.from(due));
        variables.put(ComplaintProcess.VAR_QUALITY_MANAGER, null);
        String instance = runtime.startProcessInstanceByKey(ComplaintProcess.PROCESS_KEY, number, variables).getId();
        store.processStarted(complaint.id(), instance);
        events.publishEvent(new ComplaintRecorded(complaint.id(), number, ComplaintRecorded.Step.CONFIRMED, actor,
                complaint.subjectValue(), complaint.certificateNumber(), null, null, now));
        log.info("Complaint {} counts, due {}", number, due);
        return new SubmittedComplaint(number, ComplaintStatus.RECEIVED);
    }

    /** The certificate a complaint about a certified person names, tidied as the verification does. */
    private String certificate(NewComplaint complaint, List<UserMessage> problems) {
        if (complaint.subject() == null) {
            problems.add(UserMessage.of("problem.complaint.subject-missing"));
            return null;
        }
        if (complaint.subject() == ComplaintSubject.BODY) {
            return null;
        }
        if (InputText.strip(complaint.certificateNumber()).isEmpty()) {
            problems.add(UserMessage.of("problem.complaint.certificate-missing"));
            return null;
        }
        NumberVerification found = verification.verifyNumber(complaint.certificateNumber());
        switch (found.outcome()) {
            case MALFORMED -> problems.add(UserMessage.of("problem.complaint.certificate-malformed", found.number()));
            case MISTYPED -> problems.add(UserMessage.of("problem.complaint.certificate-mistyped", found.number()));
            case UNKNOWN -> problems.add(UserMessage.of("problem.complaint.certificate-unknown", found.number()));
            case FOUND -> {
                return found.number();
            }
        }
        return null;
    }

    /** The documents that pass the evidence rules; every problem with the others is added. */
    List<EvidenceDocumentPolicy.AcceptedDocument> documents(List<UploadedDocument> uploaded, List<UserMessage> problems) {
        if (uploaded.size() > properties.maxDocuments()) {
            problems.add(UserMessage.of("problem.complaint.documents-count", properties.maxDocuments()));
            return List.of();
        }
        List<EvidenceDocumentPolicy.AcceptedDocument> accepted = new ArrayList<>();
        for (UploadedDocument document : uploaded) {
            documents.check(document, problems).ifPresent(accepted::add);
        }
        return accepted;
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
