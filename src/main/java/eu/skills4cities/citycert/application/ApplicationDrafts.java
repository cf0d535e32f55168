package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application wizard: a candidate drafts an application step by step (answers,
 * self-assessment per element, an evidence portfolio) and submits it when complete. Only
 * the candidate who owns a draft reaches it, and only while it is a draft.
 */
@Service
@org.springframework.validation.annotation.Validated
public class ApplicationDrafts {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDrafts.class);

    private final ApplicationService applicationService;
    private final ApplicationRepository applications;
    private final EvidenceDocumentStore documents;
    private final EvidenceDocumentPolicy documentPolicy;
    private final SelfAssessmentStore selfAssessments;
    private final ApplicationTimeline timeline;
    private final FrameworkCatalogue framework;
    private final ApplicationProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ApplicationRoleRules roleRules;
    private final SubmissionDeclarationStore declarations;

    ApplicationDrafts(ApplicationService applicationService, ApplicationRepository applications,
                      EvidenceDocumentStore documents, EvidenceDocumentPolicy documentPolicy,
                      SelfAssessmentStore selfAssessments, ApplicationTimeline timeline, FrameworkCatalogue framework,
                      ApplicationProperties properties, Clock clock, ApplicationEventPublisher events,
                      ApplicationRoleRules roleRules, SubmissionDeclarationStore declarations) {
        this.declarations = declarations;
        this.roleRules = roleRules;
        this.events = events;
        this.applicationService = applicationService;
        this.applications = applications;
        this.documents = documents;
        this.documentPolicy = documentPolicy;
        this.selfAssessments = selfAssessments;
        this.timeline = timeline;
        this.framework = framework;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts a draft application for a role. A candidate has at most one open application
     * per role.
     *
     * @throws InvalidInputException when the role is unknown or already applied for
     */
    @Transactional
    public ApplicationDetails startDraft(CurrentUser candidate, @eu.skills4cities.citycert.base.PlainText String roleCode) {
        return startDraft(candidate, roleCode, null);
    }

    /**
     * Starts a draft application for a role; with {@code recertificationOf}, a recertification of the
     * candidate's role certificate of that number (the one application a holder may make for a role
     * they hold).
     *
     * @throws InvalidInputException when the role is unknown, already applied for or held, or the
     *                               certificate is not the candidate's to recertify
     */
    @Transactional
    public ApplicationDetails startDraft(CurrentUser candidate, @eu.skills4cities.citycert.base.PlainText String roleCode,
                                         @eu.skills4cities.citycert.base.PlainText String recertificationOf) {
        requireCandidate(candidate);
        PublishedRole role = framework.publishedRole(roleCode == null ? "" : roleCode).orElseThrow(() ->
                new InvalidInputException("api.application.refused", List.of(roleCode == null || roleCode.isBlank()
                        ? UserMessage.of("problem.role.missing") : UserMessage.of("problem.role.unknown", roleCode))));
        List<UserMessage> problems = new ArrayList<>();
        UUID recertified = roleRules.check(candidate, role.role().code(), recertificationOf, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = ApplicationNumbers.next(clock, applications.nextNumber());
        applications.save(new CertificationApplication(id, number, candidate.username(), role.role().code(),
                role.versionId(), "", null, null, ApplicationStatus.DRAFT, null, null, null, null, now, now, null,
                recertified, null, null));
        log.info("Draft application {} started by {} for role {}", number, candidate.username(), role.role().code());
        changed(id, number, candidate, ApplicationDraftChanged.Change.STARTED, null, null, now);
        return applicationService.details(id);
    }

    /** Saves what the candidate has written so far; incomplete answers are fine in a draft. */
    @Transactional
    public ApplicationDetails saveDraft(CurrentUser candidate, UUID id, @jakarta.validation.Valid DraftUpdate update) {
        CertificationApplication draft = draft(candidate, id);
        List<UserMessage> problems = new ArrayList<>();
        String statement = update.statement() == null ? "" : update.statement().strip();
        SubmissionRules.check(SubmissionRules.Stage.DRAFT, statement, update.experienceYears(),
                update.educationLevel(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }
        Instant now = clock.instant();
        applications.save(draft.withDraft(statement, update.experienceYears(), update.educationLevel(), now));
        changed(id, draft.number(), candidate, ApplicationDraftChanged.Change.ANSWERS_SAVED, null, null, now);
        return applicationService.details(id);
    }

    /** Records the candidate's rating of one element of the role. */
    @Transactional
    public void rate(CurrentUser candidate, UUID id, @jakarta.validation.Valid SelfAssessment rating) {
        CertificationApplication draft = draft(candidate, id);
        if (!elementCodes(draft).contains(rating.elementCode())) {
            throw new InvalidInputException("api.application.refused", List.of(UserMessage.of("problem.element.unknown", rating.elementCode())));
        }
        String note = rating.note() == null || rating.note().isBlank() ? null : rating.note().strip();
        if (note != null && note.length() > ApplicationService.MAX_STATEMENT) {
            throw new InvalidInputException("api.application.refused", List.of(UserMessage.of("problem.note.length", ApplicationService.MAX_STATEMENT)));
        }
        Instant now = clock.instant();
        selfAssessments.save(id, new SelfAssessment(rating.elementCode(), rating.level(), note), now);
        changed(id, draft.number(), candidate, ApplicationDraftChanged.Change.ELEMENT_RATED, null, null, now);
    }

    /** The candidate's self-assessment so far. */
    @Transactional(readOnly = true)
    public List<SelfAssessment> selfAssessment(CurrentUser user, UUID id) {
        applicationService.get(user, id);
        return selfAssessments.of(id);
    }

    /**
     * Adds a document to the draft's portfolio.
     *
     * @throws InvalidInputException listing every problem (type, size, limits, a
     *                                     duplicate); nothing is stored
     */
    @Transactional
    public DocumentInfo addDocument(CurrentUser candidate, UUID id, @jakarta.validation.Valid NewDocument document) {
        CertificationApplication draft = draft(candidate, id);
        List<UserMessage> problems = new ArrayList<>();
        String title = document.title() == null ? "" : document.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            problems.add(UserMessage.of("problem.document.title"));
        }
        String description = document.description() == null ? "" : document.description().strip();
        if (description.length() > ApplicationService.MAX_STATEMENT) {
            problems.add(UserMessage.of("problem.note.length", ApplicationService.MAX_STATEMENT));
        }
        var known = elementCodes(draft);
        Set<String> elements = new TreeSet<>(document.elementCodes() == null ? Set.of() : document.elementCodes());
        elements.stream().filter(code -> !known.contains(code))
                .forEach(code -> problems.add(UserMessage.of("problem.element.unknown", code)));
        // a whole unit stands for all its elements, as the evidence step's unit choice does
        Map<String, List<String>> units = unitElements(draft);
        for (String unit : document.unitCodes() == null ? Set.<String>of() : new TreeSet<>(document.unitCodes())) {
            if (units.containsKey(unit)) {
                elements.addAll(units.get(unit));
            } else {
                problems.add(UserMessage.of("problem.review.unit-unknown", unit));
            }
        }
        if (elements.isEmpty()) {
            problems.add(UserMessage.of("problem.document.elements"));
        }
        var accepted = documentPolicy.check(document.file(), problems);
        if (accepted.isPresent()) {
            var file = accepted.get();
            documents.list(id).stream().filter(existing -> existing.sha256().equals(file.sha256())).findFirst()
                    .ifPresent(existing -> problems.add(UserMessage.of("problem.document.duplicate",
                            file.fileName(), existing.title() == null ? existing.fileName() : existing.title())));
            long total = documents.totalBytes(id) + file.content().length;
            if (total > properties.maxApplicationBytes()) {
                problems.add(UserMessage.of("problem.document.application-limit", file.fileName(),
                        documentPolicy.readableSize(properties.maxApplicationBytes())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }
        var file = accepted.orElseThrow();
        UUID documentId = UUID.randomUUID();
        documents.insert(id, documentId, file.fileName(), title, description.isEmpty() ? null : description,
                file.contentType(), file.content(), file.sha256(), clock.instant(), elements);
        log.info("Document {} ({}) added to draft {}", documentId, file.contentType(), draft.number());
        changed(id, draft.number(), candidate, ApplicationDraftChanged.Change.DOCUMENT_ADDED, documentId, file.sha256(),
                clock.instant());
        return documents.list(id).stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow();
    }

    /** Removes a document from the draft's portfolio. */
    @Transactional
    public void removeDocument(CurrentUser candidate, UUID id, UUID documentId) {
        CertificationApplication draft = draft(candidate, id);
        String sha256 = documents.list(id).stream().filter(d -> d.id().equals(documentId)).map(DocumentInfo::sha256)
                .findFirst().orElse(null);
        if (!documents.delete(id, documentId)) {
            throw NotFoundException.of("application.not-found");
        }
        changed(id, draft.number(), candidate, ApplicationDraftChanged.Change.DOCUMENT_REMOVED, documentId, sha256,
                clock.instant());
    }

    /** Throws the draft away, with its documents and self-assessment. */
    @Transactional
    public void discardDraft(CurrentUser candidate, UUID id) {
        CertificationApplication draft = draft(candidate, id);
        applications.delete(draft);
        log.info("Draft application {} discarded by {}", draft.number(), candidate.username());
    }

    /** What the saved answers still lack for submission (each problem names its field); empty when complete. */
    @Transactional(readOnly = true)
    public List<UserMessage> missingAnswers(CurrentUser candidate, UUID id) {
        CertificationApplication draft = draft(candidate, id);
        List<UserMessage> problems = new ArrayList<>();
        SubmissionRules.check(SubmissionRules.Stage.SUBMISSION, draft.statement(), draft.experienceYears(),
                draft.educationLevel(), problems);
        return List.copyOf(problems);
    }

    /** Each step's state, for the wizard's task list. */
    @Transactional(readOnly = true)
    public DraftProgress progress(CurrentUser candidate, UUID id) {
        CertificationApplication draft = draft(candidate, id);
        List<UserMessage> missing = new ArrayList<>();
        SubmissionRules.check(SubmissionRules.Stage.SUBMISSION, draft.statement(), draft.experienceYears(),
                draft.educationLevel(), missing);
        boolean anyAnswer = !(draft.statement() == null || draft.statement().isBlank())
                || draft.experienceYears() != null || draft.educationLevel() != null;
        Set<String> elements = elementCodes(draft);
        long rated = selfAssessments.of(id).stream().filter(r -> elements.contains(r.elementCode())).count();
        List<DocumentInfo> portfolio = documents.list(id);
        Set<String> evidenced = portfolio.stream().flatMap(d -> d.elementCodes().stream()).collect(Collectors.toSet());
        DraftProgress.State answers = missing.isEmpty() ? DraftProgress.State.COMPLETE
                : anyAnswer ? DraftProgress.State.IN_PROGRESS : DraftProgress.State.NOT_STARTED;
        DraftProgress.State rating = rated == 0 ? DraftProgress.State.NOT_STARTED
                : rated >= elements.size() ? DraftProgress.State.COMPLETE : DraftProgress.State.IN_PROGRESS;
        DraftProgress.State evidence = portfolio.isEmpty() ? DraftProgress.State.NOT_STARTED
                : evidenced.containsAll(elements) ? DraftProgress.State.COMPLETE : DraftProgress.State.IN_PROGRESS;
        return new DraftProgress(answers, rating, evidence, missing.isEmpty() && !portfolio.isEmpty());
    }

    /**
     * Submits a complete draft and starts the certification process, in one transaction. The
     * candidate declares that the information is true and complete and the evidence their own work;
     * the declaration is stored with the submission and named in its audit record.
     *
     * @param declared whether the candidate ticked the declaration
     * @throws InvalidInputException listing everything still missing (the declaration too); nothing changes
     */
    @Transactional
    public ApplicationDetails submitDraft(CurrentUser candidate, UUID id, boolean declared) {
        CertificationApplication draft = draft(candidate, id);
        List<UserMessage> problems = new ArrayList<>();
        PublishedRole role = framework.publishedRole(draft.roleCode())
                .filter(published -> published.versionId().equals(draft.frameworkVersion())).orElse(null);
        if (role == null) {
            problems.add(UserMessage.of("problem.role.changed"));
        }
        SubmissionRules.check(SubmissionRules.Stage.SUBMISSION, draft.statement(), draft.experienceYears(),
                draft.educationLevel(), problems);
        // certified for the role since the draft was started (another application of theirs); a
        // recertification only while its certificate may still be recertified
        roleRules.submissionProblem(candidate, draft.roleCode(), draft.recertificationOf()).ifPresent(problems::add);
        if (documents.list(id).isEmpty()) {
            problems.add(UserMessage.of("problem.document.missing"));
        }
        if (!declared) {
            problems.add(UserMessage.of("problem.declaration"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }
        Instant now = clock.instant();
        applications.save(draft.submitted(now));
        declarations.record(id, candidate.username(), now);
        timeline.record(id, ApplicationStatus.SUBMITTED, null, now);
        return applicationService.startProcess(id, draft.number(), candidate, role, draft.experienceYears(),
                draft.educationLevel(), now);
    }

    private CertificationApplication draft(CurrentUser candidate, UUID id) {
        CertificationApplication application = applications.findById(id)
                .filter(a -> a.candidateUsername().equals(candidate.username()))
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("api.application.refused", List.of(UserMessage.of("problem.not-draft", application.number())));
        }
        return application;
    }

    /** The element codes of each unit of the application's role, by unit code. */
    private Map<String, List<String>> unitElements(CertificationApplication application) {
        return framework.role(application.frameworkVersion(), application.roleCode())
                .map(p -> p.role().units().stream().collect(Collectors.toMap(u -> u.code(),
                        u -> u.elements().stream().map(e -> e.code()).toList())))
                .orElse(Map.of());
    }

    private Set<String> elementCodes(CertificationApplication application) {
        return framework.role(application.frameworkVersion(), application.roleCode())
                .map(p -> p.role().units().stream().flatMap(u -> u.elements().stream())
                        .map(e -> e.code()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static void requireCandidate(CurrentUser user) {
        if (!user.has(Role.CANDIDATE)) {
            throw new AccessDeniedException("Only candidates apply");
        }
    }

    /** Every change of a draft is announced, so the case record keeps what the latest state overwrites. */
    private void changed(UUID id, String number, CurrentUser candidate, ApplicationDraftChanged.Change change,
                         UUID documentId, String sha256, Instant at) {
        events.publishEvent(new ApplicationDraftChanged(id, number, candidate.username(), change, documentId, sha256, at));
    }
}
