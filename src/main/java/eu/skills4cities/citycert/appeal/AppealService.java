package eu.skills4cities.citycert.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.EvidenceUploads;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appellant's side of an appeal: the decisions they may appeal, making an appeal (checked whole
 * before anything is stored, then stored with its documents, who is excluded from deciding it, its
 * process and its acknowledgement, in one transaction), reading their appeals, answering the panel's
 * request. Who reads an appeal: its appellant, the appeals panel, auditors and administrators; anybody
 * else gets the same 404 as for an unknown id.
 */
@Service
public class AppealService {

    private static final Logger log = LoggerFactory.getLogger(AppealService.class);
    public static final int MAX_GROUNDS = 4000;
    public static final int MAX_DOCUMENTS = 5;

    private final AppealStore store;
    private final ContestedDecisions decisions;
    private final EvidenceUploads uploads;
    private final AppealMail mail;
    private final AppealProperties properties;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppealService(AppealStore store, ContestedDecisions decisions, EvidenceUploads uploads, AppealMail mail,
                  AppealProperties properties, RuntimeService runtime, TaskService tasks,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.uploads = uploads;
        this.mail = mail;
        this.properties = properties;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** The user's decisions that may be appealed or could have been, with their windows and open appeals. */
    @Transactional(readOnly = true)
    public List<ContestableDecision> contestable(CurrentUser user) {
        return decisions.of(user).stream().map(d -> new ContestableDecision(d.key(), d.kind(), d.applicationId(),
                d.applicationNumber(), d.certificateNumber(), d.subject(), d.decidedAt(), d.appealableUntil(),
                store.openAgainst(d.key()).orElse(null))).toList();
    }

    /** The units an appeal against units not passed may name: those the application did not pass; else none. */
    @Transactional(readOnly = true)
    public java.util.Set<String> contestableUnits(CurrentUser user, String decisionKey) {
        return decisions.find(user, decisionKey).filter(d -> d.kind() == ContestedKind.PARTIALLY_CERTIFIED)
                .map(d -> decisions.notPassed(d.applicationId())).orElse(java.util.Set.of());
    }

    /** True when the decision may be appealed now: within its window and without an open appeal. */
    public boolean appealableNow(ContestableDecision decision) {
        return decision.openAppeal() == null && now().isBefore(decision.appealableUntil());
    }

    /**
     * Receives an appeal against one of the user's own decisions.
     *
     * @throws InvalidInputException when the decision is not named or not the user's (someone else's, or unknown),
     *                               the grounds are missing or too long, the window has ended or a document is
     *                               unfit; nothing is stored
     * @throws RefusedException      when the decision has an open appeal already, or the user has nothing to appeal
     */
    @Transactional
    public Appeal submit(CurrentUser user, NewAppeal request) {
        List<UserMessage> problems = new ArrayList<>();
        String grounds = request.grounds() == null ? "" : request.grounds().strip();
        if (grounds.isEmpty()) {
            problems.add(UserMessage.of("problem.appeal.grounds-missing"));
        } else if (grounds.length() > MAX_GROUNDS) {
            problems.add(UserMessage.of("problem.appeal.grounds-length", MAX_GROUNDS, grounds.length()));
        }
        List<EvidenceUploads.CheckedDocument> documents = checked(request.documents(), problems);
        ContestableDecision decision = null;
        if (request.decision() == null || request.decision().isBlank()) {
            problems.add(UserMessage.of("problem.appeal.decision-missing"));
        } else {
            List<ContestableDecision> mine = decisions.of(user);
            if (mine.isEmpty()) {
                throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("problem.appeal.nothing"));
            }
            decision = mine.stream().filter(d -> d.key().equals(request.decision().strip())).findFirst()
                    .orElse(null);
            if (decision == null) {
                // someone else's decision and an unknown key get the same answer
                problems.add(UserMessage.of("problem.appeal.decision-unknown"));
            } else if (!now().isBefore(decision.appealableUntil())) {
                problems.add(UserMessage.of("problem.appeal.late", AppealMail.date(decision.appealableUntil())));
            }
        }
        problems.addAll(decisions.unitProblems(decision, request.units()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.appeal.refused", problems);
        }
        String open = store.openAgainst(decision.key()).orElse(null);
        if (open != null) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("problem.appeal.open", open));
        }
        Instant now = now();
        Instant due = now.plus(properties.decision());
        UUID id = UUID.randomUUID();
        String number = "AP-%d-%06d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(), store.nextNumber());
        AppealStore.Row row = new AppealStore.Row(id, number, user.username(), decision.kind(), decision.applicationId(),
                decision.certificateNumber(), decision.decidedAt(), grounds, AppealStatus.OPEN, now, due, null, null,
                null);
        store.insert(row, decision.key());
        store.insertUnits(id, request.units());
        decisions.involved(decision).parts().forEach((username, part) -> store.exclude(id, username, part));
        for (EvidenceUploads.CheckedDocument document : documents) {
            store.insertDocument(UUID.randomUUID(), id, document.fileName(), document.contentType(),
                    document.content(), document.sha256(), now);
        }
        ProcessInstance process = runtime.startProcessInstanceByKey(AppealProcess.PROCESS_KEY, number, Map.of(
                AppealProcess.VAR_APPEAL_ID, id.toString(), AppealProcess.VAR_APPELLANT, user.username(),
                AppealProcess.VAR_DUE_AT, java.util.Date.from(due)));
        store.processStarted(id, process.getId());
        events.publishEvent(new AppealSubmitted(id, number, user.username(), decision.kind(), decision.applicationId(),
                decision.certificateNumber(), due, now));
        mail.toAppellant(row, "received", decision.subject(), AppealMail.date(due));
        log.info("Appeal {} received from {} against {} ({} document(s)), due {}", number, user.username(),
                decision.key(), documents.size(), due);
        return get(user, id);
    }

    /** The user's own appeals, newest first. */
    @Transactional(readOnly = true)
    public List<Appeal> mine(CurrentUser user) {
        return store.ofAppellant(user.username()).stream().map(row -> view(row, true)).toList();
    }

    /**
     * One appeal: the appellant's own (without the panel's notes), or any for the panel, auditors and
     * administrators, except for a panel member the appeal excludes.
     *
     * @throws NotFoundException when there is none the user may read
     * @throws RefusedException  (forbidden, with the reason) for a panel member who took part in the decision
     */
    @Transactional(readOnly = true)
    public Appeal get(CurrentUser user, UUID id) {
        AppealStore.Row row = store.find(id).orElseThrow(() -> NotFoundException.of("appeal.not-found"));
        boolean own = row.appellant().equals(user.username());
        if (!own && !readsEvery(user)) {
            throw NotFoundException.of("appeal.not-found");
        }
        // the panel's list shows the appeal to an excluded member, marked: they are told why, as an officer
        // who assessed an application is on its decision task, and read none of it (docs/architecture.md)
        if (!own && !user.hasAnyOf(Role.AUDITORS) && store.excluded(row.id(), user.username())) {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, UserMessage.of("problem.appeal.impartiality"));
        }
        return view(row, own);
    }

    /** The appeals about an application, oldest first, for its case record: no user check, the caller checks. */
    @Transactional(readOnly = true)
    public List<Appeal> ofApplication(UUID applicationId) {
        return store.ofApplication(applicationId).stream().map(row -> view(row, false)).toList();
    }

    /** A document of an appeal, for whoever may read the appeal. */
    @Transactional(readOnly = true)
    public AppealStore.StoredDocument document(CurrentUser user, UUID documentId) {
        AppealStore.StoredDocument document = store.document(documentId)
                .orElseThrow(() -> NotFoundException.of("appeal.not-found"));
        get(user, document.appeal());
        return document;
    }

    /**
     * The appellant answers the panel's request for more: the text and documents are kept with the
     * appeal, and the panel's task opens again.
     *
     * @throws RefusedException when the appeal awaits no answer
     */
    @Transactional
    public Appeal answer(CurrentUser user, UUID id, String text, List<UploadedDocument> uploaded) {
        AppealStore.Row row = store.lock(id).filter(r -> r.appellant().equals(user.username()))
                .orElseThrow(() -> NotFoundException.of("appeal.not-found"));
        if (row.status() != AppealStatus.AWAITING_APPELLANT) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("problem.appeal.no-request"));
        }
        List<UserMessage> problems = new ArrayList<>();
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            problems.add(UserMessage.of("problem.appeal.answer-missing"));
        } else if (answer.length() > MAX_GROUNDS) {
            problems.add(UserMessage.of("problem.appeal.answer-length", MAX_GROUNDS, answer.length()));
        }
        List<EvidenceUploads.CheckedDocument> documents = checked(uploaded == null ? List.of() : uploaded, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.appeal.refused", problems);
        }
        Instant now = now();
        store.insertNote(id, "ANSWER", user.username(), answer, null, now);
        for (EvidenceUploads.CheckedDocument document : documents) {
            store.insertDocument(UUID.randomUUID(), id, document.fileName(), document.contentType(),
                    document.content(), document.sha256(), now);
        }
        store.changeStatus(id, AppealStatus.OPEN);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(row.number())
                .taskDefinitionKey(AppealProcess.ACTIVITY_PROVIDE_INFORMATION).singleResult();
        tasks.complete(task.getId());
        events.publishEvent(new AppealStepRecorded(id, row.number(), row.applicationId(), "INFORMATION_GIVEN",
                user.username(), null, now));
        return get(user, id);
    }

    private List<EvidenceUploads.CheckedDocument> checked(List<UploadedDocument> documents, List<UserMessage> problems) {
        if (documents.size() > MAX_DOCUMENTS) {
            problems.add(UserMessage.of("problem.appeal.documents-count", MAX_DOCUMENTS));
            return List.of();
        }
        List<EvidenceUploads.CheckedDocument> checked = new ArrayList<>();
        documents.forEach(document -> uploads.check(document, problems).ifPresent(checked::add));
        return checked;
    }

    static boolean readsEvery(CurrentUser user) {
        return user.has(Role.APPEALS_PANEL) || user.hasAnyOf(Role.AUDITORS);
    }

    /** The appeal without its grounds, documents and notes: for a panel member it excludes. */
    Appeal withheld(AppealStore.Row row) {
        return new Appeal(row.id(), row.number(), row.appellant(), row.contested(), row.applicationId(),
                row.certificateNumber(), row.decidedAt(), null, row.status(), row.submittedAt(), row.dueAt(), null,
                row.outcomeAt(), List.of(), List.of(), List.of(), null, null);
    }

    Appeal view(AppealStore.Row row, boolean forAppellant) {
        List<AppealNote> notes = store.notes(row.id()).stream()
                .filter(note -> !forAppellant || !"NOTE".equals(note.kind())).toList();
        Optional<AppealStore.Acted> acted = store.action(row.id());
        return new Appeal(row.id(), row.number(), row.appellant(), row.contested(), row.applicationId(),
                row.certificateNumber(), row.decidedAt(), row.grounds(), row.status(), row.submittedAt(), row.dueAt(),
                row.outcomeReason(), row.outcomeAt(), store.documents(row.id()), notes, store.units(row.id()),
                acted.map(AppealStore.Acted::action).orElse(null), acted.map(AppealStore.Acted::subject).orElse(null));
    }

    /** The engine's clock, which its timers use (tests move it); the same as the wall clock otherwise. */
    private Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
