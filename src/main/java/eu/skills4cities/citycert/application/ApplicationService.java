package eu.skills4cities.citycert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NameKeys;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits applications (and retakes of failed units) and shows them to the people allowed to
 * see them, as {@link ApplicationAccess} decides: the candidate who owns one, staff whose work
 * needs it, auditors and administrators. The other jobs on an application have their own
 * services: {@link ApplicationProgress} (status and eligibility, for the process),
 * {@link EvidenceRequests}, {@link ApplicationWithdrawal}, {@link EvidenceDocuments} (reading
 * documents, each read recorded) and {@link ApplicationDrafts} (the wizard); who may apply for a role,
 * {@link ApplicationRoleRules}. A little over 300 lines: submission, retakes and the read side other
 * modules use stay together so that they read the aggregate one way.
 */
@Service
@org.springframework.validation.annotation.Validated
public class ApplicationService {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);
    static final int MAX_STATEMENT = SubmissionRules.MAX_STATEMENT;

    private final ApplicationRepository applications;
    private final EvidenceDocumentStore documents;
    private final EvidenceDocumentPolicy documentPolicy;
    private final FrameworkCatalogue framework;
    private final ApplicationRoles roles;
    private final UserAccountService users;
    private final RuntimeService runtimeService;
    private final ApplicationTimeline timeline;
    private final SelfAssessmentStore selfAssessments;
    private final ApplicationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ApplicationRoleRules roleRules;
    private final ExamRouteProperties examRoute;
    private final NameKeys nameKeys;
    private final SubmissionDeclarationStore declarations;

    ApplicationService(ApplicationRepository applications, EvidenceDocumentStore documents,
                       EvidenceDocumentPolicy documentPolicy, FrameworkCatalogue framework, ApplicationRoles roles,
                       UserAccountService users, RuntimeService runtimeService, ApplicationTimeline timeline,
                       SelfAssessmentStore selfAssessments, ApplicationAccess access, ApplicationEventPublisher events,
                       Clock clock, ApplicationRoleRules roleRules, ExamRouteProperties examRoute,
                       NameKeys nameKeys, SubmissionDeclarationStore declarations) {
        this.nameKeys = nameKeys;
        this.declarations = declarations;
        this.roleRules = roleRules;
        this.examRoute = examRoute;
        this.applications = applications;
        this.documents = documents;
        this.documentPolicy = documentPolicy;
        this.framework = framework;
        this.roles = roles;
        this.users = users;
        this.runtimeService = runtimeService;
        this.timeline = timeline;
        this.selfAssessments = selfAssessments;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the application with its document and starts the certification process, in
     * one transaction: if either fails, neither happens.
     *
     * @throws InvalidInputException listing every problem; nothing is stored
     */
    @Transactional
    public ApplicationDetails submit(CurrentUser candidate, @jakarta.validation.Valid SubmitApplication request) {
        if (!candidate.has(Role.CANDIDATE)) {
            throw new AccessDeniedException("Only candidates submit applications");
        }
        List<UserMessage> problems = new ArrayList<>();
        PublishedRole role = null;
        UUID recertified = null;
        if (request.roleCode() == null || request.roleCode().isBlank()) {
            problems.add(UserMessage.of("problem.role.missing"));
        } else {
            role = framework.publishedRole(request.roleCode()).orElse(null);
            if (role == null) {
                problems.add(UserMessage.of("problem.role.unknown", request.roleCode()));
            } else {
                recertified = roleRules.check(candidate, role.role().code(), request.recertificationOf(), problems);
            }
        }
        String statement = request.statement() == null ? "" : request.statement().strip();
        SubmissionRules.check(SubmissionRules.Stage.SUBMISSION, statement, request.experienceYears(),
                request.educationLevel(), problems);
        var document = documentPolicy.check(request.document(), problems);
        if (!request.declared()) {
            problems.add(UserMessage.of("problem.declaration"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.application.refused", problems);
        }

        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = ApplicationNumbers.next(clock, applications.nextNumber());
        String roleCode = role.role().code();
        applications.save(new CertificationApplication(id, number, candidate.username(), roleCode,
                role.versionId(), statement, request.experienceYears(), request.educationLevel(),
                ApplicationStatus.SUBMITTED, null, null, null, null, now, now, null, recertified, now, null));
        var accepted = document.orElseThrow();
        // a one-step application has one document, which stands as evidence for the whole role
        java.util.Set<String> allElements = role.role().units().stream().flatMap(u -> u.elements().stream())
                .map(e -> e.code()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        documents.insert(id, UUID.randomUUID(), accepted.fileName(), accepted.fileName(), null, accepted.contentType(),
                accepted.content(), accepted.sha256(), now, allElements);
        declarations.record(id, candidate.username(), now);
        timeline.record(id, ApplicationStatus.SUBMITTED, null, now);

        return startProcess(id, number, candidate, role, request.experienceYears(), request.educationLevel(), now);
    }

    /** The candidate's role certificate of that number, if they may recertify it now. */
    @Transactional(readOnly = true)
    public Optional<HeldCertificates.RoleCertificate> recertifiable(CurrentUser candidate, String number) {
        return roleRules.holdings().recertifiable(candidate.username(), number);
    }

    /** The role certificate an application recertifies, as the certificate module tells it; empty for none. */
    @Transactional(readOnly = true)
    public Optional<HeldCertificates.RoleCertificate> recertified(UUID recertificationOf) {
        return recertificationOf == null ? Optional.empty() : roleRules.holdings().roleCertificate(recertificationOf);
    }

    /**
     * The unit certificates the application counts as held ({@link HeldCertificates#unitsHeldFor}; none
     * without the certificate module). No user check.
     */
    @Transactional(readOnly = true)
    public List<HeldCertificates.HeldUnit> heldUnits(ApplicationFacts application) {
        return roleRules.holdings().unitsHeldFor(application.candidateUsername(), application.roleCode(),
                application.id());
    }

    /**
     * Starts the certification process for an application being submitted (in the caller's transaction), which
     * the candidate declared true and complete and their own work at {@code declaredAt}.
     */
    ApplicationDetails startProcess(UUID id, String number, CurrentUser candidate, PublishedRole role,
                                    Integer experienceYears, Integer educationLevel, Instant declaredAt) {
        return startProcess(id, number, candidate.username(), role, experienceYears, educationLevel, false, Map.of(),
                declaredAt);
    }

    /**
     * The candidate's name for the process, as shown to staff and folded for their inbox search, which
     * ignores case and accents ({@link NameKeys}).
     */
    Map<String, Object> candidateNameVariables(String candidate) {
        return nameVariables(candidateName(candidate));
    }

    private Map<String, Object> nameVariables(String name) {
        return Map.of(CertificationProcess.VAR_CANDIDATE_NAME, name,
                CertificationProcess.VAR_CANDIDATE_NAME_KEY, nameKeys.fold(name));
    }

    private String candidateName(String candidate) {
        return users.find(candidate).map(UserProfile::fullName).orElse(candidate);
    }

    /**
     * The started application's details, from the row as the process left it and the candidate's name read once for
     * the process and the answer.
     */
    private ApplicationDetails startProcess(UUID id, String number, String candidate, PublishedRole role,
                                            Integer experienceYears, Integer educationLevel, boolean retake,
                                            Map<String, Object> more, Instant declaredAt) {
        String candidateName = candidateName(candidate);
        Map<String, Object> variables = new HashMap<>(more);
        variables.put(CertificationProcess.VAR_APPLICATION_ID, id.toString());
        variables.put(CertificationProcess.VAR_CANDIDATE, candidate);
        variables.putAll(nameVariables(candidateName));
        variables.put(CertificationProcess.VAR_ROLE_CODE, role.role().code());
        variables.put(CertificationProcess.VAR_EXPERIENCE_YEARS, experienceYears);
        variables.put(CertificationProcess.VAR_EDUCATION_LEVEL, educationLevel);
        variables.put(CertificationProcess.VAR_RETAKE, retake);
        variables.put(CertificationProcess.VAR_ASSESSMENT_ROUTES, assessmentRoutes(role));
        ProcessInstance process = runtimeService.startProcessInstanceByKey(CertificationProcess.PROCESS_KEY, number,
                variables);
        // the process has already moved the application on (a status listener ran); re-read it
        CertificationApplication started = applications.save(applications.findById(id).orElseThrow()
                .withProcessInstance(process.getId()));
        events.publishEvent(new ApplicationSubmitted(id, number, candidate, role.role().code(), retake,
                clock.instant(), started.recertificationOf(), declaredAt));
        log.info("Application {} submitted by {} for role {} ({} v{})", number, candidate,
                role.role().code(), role.frameworkCode(), role.versionNumber());
        return toDetails(started, candidateName);
    }

    /** The role's routes as the process's route decision reads them (without EXAM when the exam route is off). */
    String assessmentRoutes(PublishedRole role) {
        return CertificationProcess.assessmentRoutes(examRoute.processRoutes(role.role().scheme().routes()));
    }

    /**
     * Opens a retake of the failed units of the candidate's partially certified application: a
     * new application for the same role and framework version, whose process goes straight to
     * assessment (eligibility and evidence were accepted the first time). Whether a retake is
     * open (the window, the missing units) is the assessment module's rule; it asks first. The
     * candidate declares again that the information is true and complete and the evidence their
     * own work, as on a first submission; the declaration is stored with the retake.
     *
     * @param declared whether the candidate made the declaration
     * @throws NotFoundException     when it is not the candidate's application
     * @throws InvalidInputException without the declaration; nothing changes
     * @throws IllegalStateException when it is not partially certified
     */
    @Transactional
    public ApplicationDetails openRetake(CurrentUser candidate, UUID originalId, boolean declared) {
        CertificationApplication original = applications.findById(originalId)
                .filter(a -> a.candidateUsername().equals(candidate.username()))
                .orElseThrow(() -> NotFoundException.of("application.not-found"));
        if (!declared) {
            throw new InvalidInputException("api.application.refused",
                    List.of(UserMessage.of("problem.declaration")));
        }
        return retake(original, Map.of(), true);
    }

    /**
     * The retake itself, for the candidate's own retake and for the reassessment an upheld appeal opens
     * ({@link ApplicationReopening#reassess}), which names the excluded staff in {@code more}; only the
     * candidate's own retake carries their declaration.
     */
    ApplicationDetails retake(CertificationApplication original, Map<String, Object> more) {
        return retake(original, more, false);
    }

    private ApplicationDetails retake(CertificationApplication original, Map<String, Object> more, boolean declared) {
        if (original.status() != ApplicationStatus.PARTIALLY_CERTIFIED) {
            throw new IllegalStateException("Application " + original.number() + " is not partially certified");
        }
        PublishedRole role = roles.of(original).orElseThrow();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String number = ApplicationNumbers.next(clock, applications.nextNumber());
        applications.save(new CertificationApplication(id, number, original.candidateUsername(), original.roleCode(),
                original.frameworkVersion(), original.statement(), original.experienceYears(),
                original.educationLevel(), ApplicationStatus.SUBMITTED, null, null, null, null, now, now,
                original.id(), original.recertificationOf(), now, null));
        if (declared) {
            declarations.record(id, original.candidateUsername(), now);
        }
        timeline.record(id, ApplicationStatus.SUBMITTED, original.number(), now);
        ApplicationDetails started = startProcess(id, number, original.candidateUsername(), role,
                original.experienceYears(), original.educationLevel(), true, more, declared ? now : null);
        log.info("Application {} retakes the failed units of {}", number, original.number());
        return started;
    }

    /**
     * What other modules judge the application by. No user check: for modules acting on the
     * system's behalf, which check the user themselves (with {@link #get}).
     *
     * @throws NotFoundException when there is no such application
     */
    @Transactional(readOnly = true)
    public ApplicationFacts facts(UUID id) {
        return toFacts(applications.findById(id).orElseThrow(() -> NotFoundException.of("application.not-found")));
    }

    /** The facts of the candidate's applications, newest first. No user check. */
    @Transactional(readOnly = true)
    public List<ApplicationFacts> factsOfCandidate(String username) {
        return applications.findByCandidateUsernameOrderByCreatedAtDesc(username).stream().map(this::toFacts).toList();
    }

    private ApplicationFacts toFacts(CertificationApplication a) {
        return new ApplicationFacts(a.id(), a.number(), a.candidateUsername(), a.roleCode(), roles.of(a).orElse(null),
                a.status(), a.createdAt(), a.retakeOf(), a.recertificationOf());
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
                .map(a -> new ApplicationSummary(a.id(), a.number(), a.roleCode(), roles.summary(a).title(),
                        a.status(), a.createdAt(), a.updatedAt(), a.submittedAt(), a.frameworkVersion()))
                .toList();
    }

    /**
     * One application, if the user may see it ({@link ApplicationAccess}).
     *
     * @throws NotFoundException when it does not exist or is not the user's to see
     */
    @Transactional(readOnly = true)
    public ApplicationDetails get(CurrentUser user, UUID id) {
        return toDetails(access.require(user, id).application());
    }

    /** For the process and other features acting on the system's behalf: no user check. */
    @Transactional(readOnly = true)
    public ApplicationDetails details(UUID id) {
        return toDetails(applications.findById(id).orElseThrow(() -> NotFoundException.of("application.not-found")));
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
                        key -> roles.summary(a).title()), a.roleCode())));
    }

    /** The steps of an application the user may see, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(CurrentUser user, UUID id) {
        get(user, id);
        return timeline.of(id);
    }

    private ApplicationDetails toDetails(CertificationApplication a) {
        return toDetails(a, candidateName(a.candidateUsername()));
    }

    private ApplicationDetails toDetails(CertificationApplication a, String candidateName) {
        ApplicationRoles.RoleSummary role = roles.summary(a);
        return new ApplicationDetails(a.id(), a.number(), a.candidateUsername(), candidateName, a.roleCode(),
                role.title(), a.frameworkVersion(), role.version(), a.statement(), a.experienceYears(),
                a.educationLevel(), a.status(), a.outcomeReason(), a.ineligibleRule(), a.ineligibleRequired(),
                a.processInstanceId(), a.createdAt(), a.updatedAt(), documents.list(a.id()), a.retakeOf(),
                a.recertificationOf(), a.submittedAt());
    }

    private record VersionedRole(UUID frameworkVersion, String roleCode) {
    }
}
