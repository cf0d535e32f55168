package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits applications and shows them to the people allowed to see them, as
 * {@link ApplicationAccess} decides: the candidate who owns one, staff whose work needs it,
 * auditors and administrators. Every read of an evidence document is recorded.
 */
@Service
@org.springframework.validation.annotation.Validated
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);
    static final int MIN_STATEMENT = 20;
    static final int MAX_STATEMENT = 4000;
    static final int MAX_EXPERIENCE = 60;

    private final ApplicationRepository applications;
    private final EvidenceDocumentStore documents;
    private final EvidenceDocumentPolicy documentPolicy;
    private final FrameworkCatalogue framework;
    private final UserAccountService users;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ApplicationTimeline timeline;
    private final SelfAssessmentStore selfAssessments;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final ApplicationAccess access;
    private final DocumentReadStore documentReads;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApplicationService(ApplicationRepository applications, EvidenceDocumentStore documents,
                       EvidenceDocumentPolicy documentPolicy, FrameworkCatalogue framework, UserAccountService users,
                       RuntimeService runtimeService, TaskService taskService, ApplicationTimeline timeline,
                       SelfAssessmentStore selfAssessments,
                       MailOutbox mail, AccountLinksProperties links, ApplicationAccess access,
                       DocumentReadStore documentReads, Clock clock, ApplicationEventPublisher events) {
        this.applications = applications;
        this.documents = documents;
        this.documentPolicy = documentPolicy;
        this.framework = framework;
        this.users = users;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.timeline = timeline;
        this.selfAssessments = selfAssessments;
        this.mail = mail;
        this.links = links;
        this.access = access;
        this.documentReads = documentReads;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores the application with its document and starts the certification process, in
     * one transaction: if either fails, neither happens.
     *
     * @throws InvalidApplicationException listing every problem; nothing is stored
     */
    @Transactional
    public ApplicationDetails submit(CurrentUser candidate, @jakarta.validation.Valid SubmitApplication request) {
        if (!candidate.has(Role.CANDIDATE)) {
            throw new AccessDeniedException("Only candidates submit applications");
        }
        List<UserMessage> problems = new ArrayList<>();
        PublishedRole role = null;
        if (request.roleCode() == null || request.roleCode().isBlank()) {
            problems.add(UserMessage.of("problem.role.missing"));
        } else {
            role = framework.publishedRole(request.roleCode()).orElse(null);
            if (role == null) {
                problems.add(UserMessage.of("problem.role.unknown", request.roleCode()));
            } else {
                String code = role.role().code();
                applications.findByCandidateUsernameOrderByCreatedAtDesc(candidate.username()).stream()
                        .filter(a -> a.roleCode().equals(code) && !a.status().closed()).findFirst()
                        .ifPresent(open -> problems.add(UserMessage.of("problem.role.open", open.number())));
            }
        }
        String statement = request.statement() == null ? "" : request.statement().strip();
        if (statement.length() < MIN_STATEMENT || statement.length() > MAX_STATEMENT) {
            problems.add(UserMessage.of("problem.statement.length", MIN_STATEMENT, MAX_STATEMENT, statement.length()));
        }
        if (request.experienceYears() == null || request.experienceYears() < 0 || request.experienceYears() > MAX_EXPERIENCE) {
            problems.add(UserMessage.of("problem.experience", MAX_EXPERIENCE));
        }
        if (request.educationLevel() == null || request.educationLevel() < 1 || request.educationLevel() > 8) {
            problems.add(UserMessage.of("problem.education"));
        }
        var document = documentPolicy.check(request.document(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }

        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = "A-%d-%06d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(), applications.nextNumber());
        String roleCode = role.role().code();
        applications.save(new CertificationApplication(id, number, candidate.username(), roleCode,
                role.versionId(), statement, request.experienceYears(), request.educationLevel(),
                ApplicationStatus.SUBMITTED, null, null, null, null, now, now, null, null));
        var accepted = document.orElseThrow();
        // a one-step application has one document, which stands as evidence for the whole role
        java.util.Set<String> allElements = role.role().units().stream().flatMap(u -> u.elements().stream())
                .map(e -> e.code()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        documents.insert(id, UUID.randomUUID(), accepted.fileName(), accepted.fileName(), null, accepted.contentType(),
                accepted.content(), accepted.sha256(), now, allElements);
        timeline.record(id, ApplicationStatus.SUBMITTED, null, now);

        startProcess(id, number, candidate, role, request.experienceYears(), request.educationLevel());
        return details(id);
    }

    /** Starts the certification process for an application being submitted (in the caller's transaction). */
    void startProcess(UUID id, String number, CurrentUser candidate, PublishedRole role, Integer experienceYears,
                      Integer educationLevel) {
        startProcess(id, number, candidate, role, experienceYears, educationLevel, false);
    }

    private void startProcess(UUID id, String number, CurrentUser candidate, PublishedRole role,
                              Integer experienceYears, Integer educationLevel, boolean retake) {
        ProcessInstance process = runtimeService.startProcessInstanceByKey(CertificationProcess.PROCESS_KEY, number,
                Map.of(CertificationProcess.VAR_APPLICATION_ID, id.toString(),
                        CertificationProcess.VAR_CANDIDATE, candidate.username(),
                        CertificationProcess.VAR_CANDIDATE_NAME,
                        users.find(candidate.username()).map(UserProfile::fullName).orElse(candidate.username()),
                        CertificationProcess.VAR_ROLE_CODE, role.role().code(),
                        CertificationProcess.VAR_EXPERIENCE_YEARS, experienceYears,
                        CertificationProcess.VAR_EDUCATION_LEVEL, educationLevel,
                        CertificationProcess.VAR_RETAKE, retake));
        // the process has already moved the application on (a status listener ran); re-read it
        CertificationApplication started = applications.findById(id).orElseThrow();
        applications.save(started.withProcessInstance(process.getId()));
        events.publishEvent(new ApplicationSubmitted(id, number, candidate.username(), role.role().code(), retake,
                clock.instant()));
        log.info("Application {} submitted by {} for role {} ({} v{})", number, candidate.username(),
                role.role().code(), role.frameworkCode(), role.versionNumber());
    }

    /**
     * Opens a retake of the failed units of an earlier application: a new application for the
     * same role and framework version, whose process goes straight to assessment (eligibility
     * and evidence were accepted the first time). {@link ApplicationAssessments#startRetake}
     * checks that a retake is open to the candidate before calling this.
     */
    ApplicationDetails createRetake(CurrentUser candidate, CertificationApplication original, PublishedRole role) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = "A-%d-%06d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(), applications.nextNumber());
        applications.save(new CertificationApplication(id, number, candidate.username(), original.roleCode(),
                original.frameworkVersion(), original.statement(), original.experienceYears(),
                original.educationLevel(), ApplicationStatus.SUBMITTED, null, null, null, null, now, now,
                original.id(), null));
        timeline.record(id, ApplicationStatus.SUBMITTED, original.number(), now);
        startProcess(id, number, candidate, role, original.experienceYears(), original.educationLevel(), true);
        log.info("Application {} retakes the failed units of {}", number, original.number());
        return details(id);
    }

    /** The stored application, for the feature's own services. */
    Optional<CertificationApplication> find(UUID id) {
        return applications.findById(id);
    }

    /** The candidate's applications, newest first, for the feature's own services. */
    List<CertificationApplication> ofCandidate(String username) {
        return applications.findByCandidateUsernameOrderByCreatedAtDesc(username);
    }

    /**
     * Erases what a candidate wrote and uploaded (statements, documents, self-assessment)
     * from all their applications, keeping the records of what was decided. For the
     * deletion of an account; drafts and open applications must be closed first.
     */
    @Transactional
    public void erasePersonalContent(CurrentUser candidate) {
        for (CertificationApplication application : applications.findByCandidateUsernameOrderByCreatedAtDesc(candidate.username())) {
            documents.list(application.id()).forEach(document -> documents.delete(application.id(), document.id()));
            selfAssessments.deleteAll(application.id());
            applications.save(application.withDraft("", application.experienceYears(), application.educationLevel(),
                    clock.instant()));
        }
        log.info("Personal content of {}'s applications erased", candidate.username());
    }

    /** The candidate's own applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine(CurrentUser candidate) {
        return applications.findByCandidateUsernameOrderByCreatedAtDesc(candidate.username()).stream()
                .map(a -> new ApplicationSummary(a.id(), a.number(), a.roleCode(), roleOf(a).title(),
                        a.status(), a.createdAt(), a.updatedAt()))
                .toList();
    }

    /**
     * One application, if the user may see it ({@link ApplicationAccess}).
     *
     * @throws ApplicationNotFoundException when it does not exist or is not the user's to see
     */
    @Transactional(readOnly = true)
    public ApplicationDetails get(CurrentUser user, UUID id) {
        return toDetails(access.require(user, id).application());
    }

    /**
     * A document of an application the user may see, for a download or an inline preview. The
     * read is recorded (who, when, which document, on what grounds) in the same transaction: no
     * document leaves without its record.
     *
     * @throws ApplicationNotFoundException when the application is not the user's to see, or has
     *                                      no such document
     */
    @Transactional
    public DocumentContent document(CurrentUser user, UUID applicationId, UUID documentId, boolean inline) {
        ApplicationAccess.Readable readable = access.require(user, applicationId);
        DocumentContent content = documents.content(applicationId, documentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
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
     * @throws ApplicationNotFoundException when there is no such submitted application
     */
    @Transactional(readOnly = true)
    public List<DocumentRead> documentReads(CurrentUser user, UUID applicationId) {
        if (!ApplicationAccess.audits(user)) {
            throw new AccessDeniedException("Only auditors and administrators read the record of document reads");
        }
        access.require(user, applicationId);
        return documentReads.of(applicationId);
    }

    /** For the process and other features acting on the system's behalf: no user check. */
    @Transactional(readOnly = true)
    public ApplicationDetails details(UUID id) {
        return toDetails(applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id)));
    }

    /**
     * Number, candidate name and role title of many applications, for lists such as the staff
     * inbox. No user check. Costs two queries (the applications, their candidates' names) and
     * one framework lookup per role and framework version among them, however many ids;
     * unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ApplicationLabel> labels(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CertificationApplication> found = new ArrayList<>();
        applications.findAllById(Set.copyOf(ids)).forEach(found::add);
        Map<String, String> names = users.fullNames(found.stream().map(CertificationApplication::candidateUsername)
                .collect(Collectors.toSet()));
        Map<VersionedRole, String> roleTitles = new HashMap<>();
        return found.stream().collect(Collectors.toMap(CertificationApplication::id, a -> new ApplicationLabel(a.id(),
                a.number(), names.getOrDefault(a.candidateUsername(), a.candidateUsername()),
                roleTitles.computeIfAbsent(new VersionedRole(a.frameworkVersion(), a.roleCode()),
                        key -> roleOf(a).title()))));
    }

    /** Moves the application to a new status, recording a reason when there is one. Called by the process. */
    @Transactional
    public void changeStatus(UUID id, ApplicationStatus status, String reason) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        if (application.status() == status && reason == null) {
            return;
        }
        Instant now = clock.instant();
        applications.save(application.withStatus(status, reason, now));
        timeline.record(id, status, reason, now);
        // the candidate's mail about a closed application follows from the event (CandidateMail)
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(), status,
                reason, now));
        log.info("Application {} is now {}", application.number(), status);
    }

    /** The steps of an application the user may see, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(CurrentUser user, UUID id) {
        get(user, id);
        return timeline.of(id);
    }

    /** Mails the candidate about a change that needs their attention, with a link to the application. */
    private void tellCandidate(CertificationApplication application, String mailKey, String detail, Object... more) {
        Object[] args = new Object[4 + more.length];
        users.find(application.candidateUsername()).ifPresent(candidate -> {
            args[0] = candidate.fullName();
            args[1] = application.number();
            args[2] = links.publicUrl() + "/" + ApplicationLinks.page(application.id());
            args[3] = detail;
            System.arraycopy(more, 0, args, 4, more.length);
            mail.queue(candidate.email(), mailKey, args);
        });
    }

    /**
     * Withdraws the candidate's own application before the certification decision: the
     * process ends through its withdrawal path, which records it, in this transaction.
     *
     * @throws ApplicationNotFoundException when it is not the user's application
     * @throws WithdrawalRefusedException   when the decision has been taken or the application is closed
     */
    @Transactional
    public ApplicationDetails withdraw(CurrentUser candidate, UUID id,
                                       @eu.skills4cities.citycert.base.PlainText(multiLine = true) String reason) {
        CertificationApplication application = applications.findById(id)
                .filter(a -> a.candidateUsername().equals(candidate.username()))
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        // before the decision means: a staff task (review, assessment or decision) is still open
        boolean beforeDecision = application.processInstanceId() != null && !application.status().closed()
                && taskService.createTaskQuery().processInstanceId(application.processInstanceId()).count() > 0;
        if (!beforeDecision) {
            throw new WithdrawalRefusedException(application.number());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_STATEMENT) {
            why = why.substring(0, MAX_STATEMENT);
        }
        runtimeService.createMessageCorrelation(CertificationProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(application.processInstanceId())
                .setVariable(CertificationProcess.VAR_WITHDRAWAL_REASON, why)
                .correlateWithResult();
        log.info("Application {} withdrawn by {}", application.number(), candidate.username());
        return details(id);
    }

    /**
     * A reviewer asked for more evidence: the application waits for the candidate, who is
     * told what is needed and by when. Called by the process.
     */
    @Transactional
    public void requestMoreEvidence(UUID id, String message, Instant dueAt) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        Instant now = clock.instant();
        applications.save(application.withStatus(ApplicationStatus.AWAITING_CANDIDATE, null, now));
        timeline.record(id, ApplicationStatus.AWAITING_CANDIDATE, message, now);
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(),
                ApplicationStatus.AWAITING_CANDIDATE, message, now));
        events.publishEvent(new EvidenceRequested(id, application.number(), message, dueAt, now));
        log.info("More evidence requested for application {} by {}", application.number(), dueAt);
    }

    /** Reminds the candidate that the evidence is due soon. Called by the process's reminder timer. */
    @Transactional
    public void remindEvidenceDue(UUID id, Instant dueAt) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        tellCandidate(application, "evidence-reminder", "", DateTimeFormatter.ISO_LOCAL_DATE
                .format(dueAt.atZone(ZoneOffset.UTC)));
    }

    /** The open request for more evidence on the candidate's own application, if there is one. */
    @Transactional(readOnly = true)
    public Optional<EvidenceRequest> openEvidenceRequest(CurrentUser candidate, UUID id) {
        return candidateTask(candidate, get(candidate, id)).map(task -> new EvidenceRequest(
                (String) taskService.getVariable(task.getId(), CertificationProcess.Stage.REVIEW.commentVariable()),
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }

    /**
     * Answers a request for more evidence with a note and a document; the application goes
     * back to review, in the same transaction.
     *
     * @throws InvalidApplicationException listing every problem; nothing is stored
     */
    @Transactional
    public ApplicationDetails answerEvidenceRequest(CurrentUser candidate, UUID id,
                                                    @eu.skills4cities.citycert.base.PlainText(multiLine = true) String note,
                                                    @jakarta.validation.Valid UploadedDocument document) {
        ApplicationDetails application = get(candidate, id);
        Task task = candidateTask(candidate, application).orElseThrow(() -> new InvalidApplicationException(
                List.of(UserMessage.of("problem.no-evidence-request"))));
        List<UserMessage> problems = new ArrayList<>();
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_STATEMENT) {
            problems.add(UserMessage.of("problem.evidence-note", MAX_STATEMENT));
        }
        var accepted = documentPolicy.check(document, problems);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        var doc = accepted.orElseThrow();
        // the answer's note describes the document; the reviewer sees both
        documents.insert(id, UUID.randomUUID(), doc.fileName(), doc.fileName(), text, doc.contentType(), doc.content(),
                doc.sha256(), clock.instant(), List.of());
        taskService.complete(task.getId(), Map.of("evidenceNote", text));
        log.info("Candidate {} answered the evidence request on application {}", candidate.username(),
                application.number());
        return details(id);
    }

    private Optional<Task> candidateTask(CurrentUser candidate, ApplicationDetails application) {
        if (application.processInstanceId() == null || !application.candidateUsername().equals(candidate.username())) {
            return Optional.empty();
        }
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(CertificationProcess.ACTIVITY_PROVIDE_EVIDENCE)
                .taskAssignee(candidate.username()).singleResult());
    }

    /** Records that the application met the eligibility rules. Called by the process. */
    @Transactional
    public void recordEligible(UUID id) {
        timeline.record(id, TimelineEntry.ELIGIBLE, null, clock.instant());
    }

    /** Records that the eligibility rules refused the application. Called by the process. */
    @Transactional
    public void markIneligible(UUID id, String failedRule, Integer required) {
        CertificationApplication application = applications.findById(id)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        Instant now = clock.instant();
        applications.save(application.ineligible(failedRule, required, now));
        timeline.record(id, ApplicationStatus.NOT_ELIGIBLE, failedRule, now);
        events.publishEvent(new ApplicationStatusChanged(id, application.number(), application.status(),
                ApplicationStatus.NOT_ELIGIBLE, failedRule, now));
        log.info("Application {} is not eligible: rule {} requires {}", application.number(), failedRule, required);
    }

    private ApplicationDetails toDetails(CertificationApplication a) {
        String candidateName = users.find(a.candidateUsername()).map(UserProfile::fullName).orElse(a.candidateUsername());
        RoleSummary role = roleOf(a);
        return new ApplicationDetails(a.id(), a.number(), a.candidateUsername(), candidateName, a.roleCode(),
                role.title(), a.frameworkVersion(), role.version(), a.statement(), a.experienceYears(),
                a.educationLevel(), a.status(), a.outcomeReason(), a.ineligibleRule(), a.ineligibleRequired(),
                a.processInstanceId(), a.createdAt(), a.updatedAt(), documents.list(a.id()), a.retakeOf());
    }

    private record RoleSummary(String title, String version) {
    }

    private record VersionedRole(UUID frameworkVersion, String roleCode) {
    }

    /** The role as the application's own framework version defines it. */
    private RoleSummary roleOf(CertificationApplication a) {
        if (a.frameworkVersion() == null) {
            // submitted before frameworks were versioned: name the role as published today
            return framework.publishedRole(a.roleCode()).map(p -> new RoleSummary(p.role().title(), ""))
                    .orElse(new RoleSummary(a.roleCode(), ""));
        }
        return framework.role(a.frameworkVersion(), a.roleCode())
                .map(p -> new RoleSummary(p.role().title(), p.frameworkCode() + " v" + p.versionNumber()
                        + (p.versionLabel() == null ? "" : " (" + p.versionLabel() + ")")))
                .orElse(new RoleSummary(a.roleCode(), ""));
    }
}
