package eu.skills4cities.citycert.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' work on complaints: the open tasks they may take (their group's unassigned ones and
 * their own; the quality manager's), reading one complaint (only through work on it: an open task
 * they may take, or a triage or outcome they recorded; 404 otherwise), the triage and the outcome.
 * Each step claims the task for the officer, checks impartiality ({@link ComplaintImpartiality}),
 * records, acts (a warning, suspension or withdrawal through the register) and completes the task
 * in one transaction.
 */
@Service
public class ComplaintWork {

    private static final Logger log = LoggerFactory.getLogger(ComplaintWork.class);
    static final int MAX_REASON = CertificateRegister.MAX_REASON;

    private final ComplaintStore store;
    private final ComplaintImpartiality impartiality;
    private final ComplaintProperties properties;
    private final CertificateService certificates;
    private final CertificateRegister register;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintWork(ComplaintStore store, ComplaintImpartiality impartiality, ComplaintProperties properties,
                  CertificateService certificates, CertificateRegister register, TaskService tasks,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.impartiality = impartiality;
        this.properties = properties;
        this.certificates = certificates;
        this.register = register;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** True for those who work on complaints: the certification officers and the named quality manager. */
    public boolean worksOnComplaints(CurrentUser user) {
        return user.has(Role.CERTIFICATION_OFFICER) || user.username().equals(properties.qualityManager());
    }

    /** The complaint tasks the person may work on, oldest first. */
    @Transactional(readOnly = true)
    public List<ComplaintCase> openWork(CurrentUser user) {
        requireStaff(user);
        return openWorkQuery(user).orderByTaskCreateTime().asc().list().stream()
                .filter(task -> mayWork(user, task))
                .map(task -> store.byId(complaintOf(task)).orElseThrow())
                .map(this::toCase).toList();
    }

    /**
     * How many complaint tasks the person may work on ({@link #openWork}), in one statement however many: the
     * menu's count. The engine's candidate-group condition finds unassigned tasks only, which is the rule
     * {@code mayWork} checks on the list.
     */
    @Transactional(readOnly = true)
    public long countOpenWork(CurrentUser user) {
        requireStaff(user);
        return openWorkQuery(user).count();
    }

    /** The person's own complaint tasks and, for officers, the officers' unassigned ones. */
    private org.camunda.bpm.engine.task.TaskQuery openWorkQuery(CurrentUser user) {
        var query = tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY);
        if (user.has(Role.CERTIFICATION_OFFICER)) {
            query.or().taskAssignee(user.username()).taskCandidateGroup(ComplaintProcess.OFFICERS_GROUP).endOr();
        } else {
            query.taskAssignee(user.username());
        }
        return query;
    }

    /**
     * The complaints that name one of these certificates, for the case record of the application that
     * certified them: ids and numbers only. The case record checks who may read it.
     */
    @Transactional(readOnly = true)
    public List<ComplaintReference> naming(java.util.Collection<String> certificateNumbers) {
        return store.naming(certificateNumbers);
    }

    /**
     * One complaint, for those who work or worked on it.
     *
     * @throws NotFoundException when there is none the person may see
     */
    @Transactional(readOnly = true)
    public ComplaintCase read(CurrentUser user, String number) {
        requireStaff(user);
        ComplaintStore.Row complaint = visible(user, number);
        return toCase(complaint);
    }

    /**
     * The complaint's open task that the person may work on (their own, or the officers' unclaimed one), for the
     * hand-over; empty when there is none.
     */
    @Transactional(readOnly = true)
    public Optional<String> workableTask(CurrentUser user, String number) {
        requireStaff(user);
        return openTasks(visible(user, number)).stream().filter(task -> mayWork(user, task)).map(Task::getId)
                .findFirst();
    }

    /** A document of the complaint or of the holder's responses, for those who may read the complaint. */
    @Transactional(readOnly = true)
    public ComplaintFile document(CurrentUser user, String number, UUID documentId) {
        requireStaff(user);
        ComplaintStore.Row complaint = visible(user, number);
        return store.document(documentId).filter(document -> document.complaint().equals(complaint.id()))
                .map(document -> new ComplaintFile(document.fileName(), document.contentType(), document.content()))
                .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
    }

    /**
     * The triage. A reason is required when it is not a complaint (it is mailed to the complainant)
     * and when it is about a certified person (it is what the holder is told).
     *
     * @throws InvalidInputException when the triage or its reason is missing or does not fit
     * @throws RefusedException      when the complaint awaits no triage, the task is someone else's,
     *                               or the officer may not handle it
     */
    @Transactional
    public ComplaintCase triage(CurrentUser officer, String number, Triage triage, String reason) {
        requireOfficer(officer);
        ComplaintStore.Row complaint = visible(officer, number);
        Task task = openTask(complaint, ComplaintProcess.ACTIVITY_TRIAGE)
                .orElseThrow(() -> RefusedException.conflict("problem.complaint.not-awaiting-triage", number));
        String why = InputText.strip(reason);
        List<UserMessage> problems = new ArrayList<>();
        if (triage == null) {
            problems.add(UserMessage.of("problem.complaint.triage-missing"));
        } else if (triage == Triage.ABOUT_A_HOLDER && complaint.certificateNumber() == null) {
            problems.add(UserMessage.of("problem.complaint.triage-no-certificate"));
        }
        if (triage != Triage.ABOUT_THE_BODY && why.isEmpty()) {
            problems.add(UserMessage.of("problem.complaint.triage-reason-missing"));
        }
        if (why.length() > MAX_REASON) {
            problems.add(UserMessage.of("problem.complaint.reason-length", MAX_REASON, why.length()));
        }
        requireNoProblems(problems);
        Instant now = clock.instant();
        store.triaged(complaint.id(), triage, why.isEmpty() ? null : why, officer.username(), now);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintProcess.VAR_TRIAGE, triage.name());
        variables.put(ComplaintProcess.VAR_QUALITY_MANAGER, properties.qualityManager());
        complete(officer, complaint, task, variables);
        events.publishEvent(new ComplaintRecorded(complaint.id(), number, ComplaintRecorded.Step.TRIAGED,
                officer.username(), complaint.subjectValue(), complaint.certificateNumber(), triage.name(),
                why.isEmpty() ? null : why, now));
        log.info("Complaint {} triaged {} by {}", number, triage, officer.username());
        return toCase(store.byId(complaint.id()).orElseThrow());
    }

    /**
     * The outcome of the investigation, with its reason and the officer's declaration of no conflict
     * of interest. A warning is noted on the certificate; a suspension or withdrawal is decided through
     * the register (its lifecycle, verification and status list follow at once); the reason is the
     * holder's to read, so it must not name the complainant.
     *
     * @throws InvalidInputException when the outcome, reason or declaration is missing or does not fit
     * @throws RefusedException      when nothing is being investigated, the task is someone else's, the
     *                               officer may not handle it, or the certificate's status refuses the decision
     */
    @Transactional
    public ComplaintCase decide(CurrentUser user, String number, ComplaintOutcome outcome, String reason,
                                boolean noConflictOfInterest) {
        requireStaff(user);
        ComplaintStore.Row complaint = visible(user, number);
        Task task = openTask(complaint, ComplaintProcess.ACTIVITY_INVESTIGATE_BODY)
                .or(() -> openTask(complaint, ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER))
                .orElseThrow(() -> RefusedException.conflict("problem.complaint.not-investigating", number));
        String why = InputText.strip(reason);
        List<UserMessage> problems = new ArrayList<>();
        if (outcome == null || !outcome.ends(complaint.triageValue())) {
            problems.add(UserMessage.of("problem.complaint.outcome-missing"));
        }
        if (why.isEmpty()) {
            problems.add(UserMessage.of("problem.complaint.outcome-reason-missing"));
        } else if (why.length() > MAX_REASON) {
            problems.add(UserMessage.of("problem.complaint.reason-length", MAX_REASON, why.length()));
        }
        if (!noConflictOfInterest) {
            problems.add(UserMessage.of("problem.complaint.declaration-missing"));
        }
        requireNoProblems(problems);
        claim(user, complaint, task);
        switch (outcome) {
            case WARNING -> register.warn(user, complaint.certificateNumber(), why, true);
            case SUSPEND -> register.decide(user, complaint.certificateNumber(), StatusDecision.SUSPEND, why, true);
            case WITHDRAW -> register.decide(user, complaint.certificateNumber(), StatusDecision.WITHDRAW, why, true);
            default -> {
                // no action, upheld or rejected: nothing to do on a certificate
            }
        }
        Instant now = clock.instant();
        store.decided(complaint.id(), outcome, why, user.username(), now);
        complete(user, complaint, task, Map.of());
        events.publishEvent(new ComplaintRecorded(complaint.id(), number, ComplaintRecorded.Step.DECIDED,
                user.username(), complaint.subjectValue(), complaint.certificateNumber(), outcome.name(), why, now));
        log.info("Complaint {} decided {} by {}", number, outcome, user.username());
        return toCase(store.byId(complaint.id()).orElseThrow());
    }

    private void complete(CurrentUser user, ComplaintStore.Row complaint, Task task, Map<String, Object> variables) {
        claim(user, complaint, task);
        tasks.complete(task.getId(), variables);
    }

    /** Claims the task for the person, after the service's own checks (the engine's guard checks again). */
    private void claim(CurrentUser user, ComplaintStore.Row complaint, Task task) {
        if (!mayWork(user, task)) {
            throw RefusedException.forbidden("problem.complaint.task-held", complaint.number());
        }
        impartiality.partiality(complaint.id(), user.username()).ifPresent(partiality -> {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, partiality);
        });
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
            task.setAssignee(user.username());
        }
    }

    /** The person's own task, or an unclaimed one of the officers' group when they are an officer. */
    static boolean mayWork(CurrentUser user, Task task) {
        return user.username().equals(task.getAssignee())
                || (task.getAssignee() == null && user.has(Role.CERTIFICATION_OFFICER));
    }

    private ComplaintStore.Row visible(CurrentUser user, String number) {
        return store.byNumber(number == null ? "" : number.strip())
                .filter(found -> user.has(Role.AUDITOR) || user.has(Role.ADMIN)
                        || store.handledBy(found.id(), user.username())
                        || openTasks(found).stream().anyMatch(task -> mayWork(user, task)))
                .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
    }

    private List<Task> openTasks(ComplaintStore.Row complaint) {
        if (complaint.processInstance() == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(complaint.processInstance()).list();
    }

    private Optional<Task> openTask(ComplaintStore.Row complaint, String activity) {
        return openTasks(complaint).stream().filter(task -> activity.equals(task.getTaskDefinitionKey())).findFirst();
    }

    private ComplaintCase toCase(ComplaintStore.Row complaint) {
        Optional<Task> open = openTasks(complaint).stream().findFirst();
        String holderName = complaint.certificateNumber() == null ? null
                : certificates.byNumber(complaint.certificateNumber()).map(CertificateInfo::holderName).orElse(null);
        return new ComplaintCase(complaint.id(), complaint.number(), complaint.statusValue(),
                complaint.complainantName(), complaint.complainantEmail(), complaint.complainantUsername() != null,
                complaint.subjectValue(), complaint.certificateNumber(), holderName, complaint.description(),
                instant(complaint.confirmedAt()), instant(complaint.dueAt()), complaint.triageValue(),
                complaint.triageReason(), complaint.triagedBy(), complaint.outcomeValue(), complaint.outcomeReason(),
                complaint.decidedBy(), instant(complaint.decidedAt()), store.complainantDocuments(complaint.id()),
                store.responses(complaint.id()), open.map(Task::getTaskDefinitionKey).orElse(null),
                open.map(Task::getAssignee).orElse(null));
    }

    private UUID complaintOf(Task task) {
        return UUID.fromString((String) tasks.getVariable(task.getId(), ComplaintProcess.VAR_COMPLAINT_ID));
    }

    /** Certification officers, auditors, administrators and the quality manager; anybody else is refused. */
    private void requireStaff(CurrentUser user) {
        if (!user.hasAnyOf(Role.CERTIFICATE_READERS) && !user.username().equals(properties.qualityManager())) {
            throw new AccessDeniedException("Only certification staff and the quality manager work on complaints");
        }
    }

    private static void requireOfficer(CurrentUser user) {
        if (!user.has(Role.CERTIFICATION_OFFICER)) {
            throw new AccessDeniedException("Only certification officers triage complaints");
        }
    }

    private static void requireNoProblems(List<UserMessage> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.complaint.refused", problems);
        }
    }

    static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
