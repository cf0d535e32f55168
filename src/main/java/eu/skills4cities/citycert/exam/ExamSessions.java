package eu.skills4cities.citycert.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationProgress;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam sessions: the candidate starts one while their application waits at "Sit the exam" inside its window,
 * answers item by item (each answer saved as given), and submits; at the time limit the session's own process
 * submits it. Submission scores the form and moves the certification process on ({@code ExamSubmitted}). An
 * officer may grant extra time. The server's clock (the engine's, {@link ClockUtil}, which the timers run on)
 * rules every time here. Items reach only their session's candidate while it runs, and never with their key.
 * Over 300 lines (about 370): the session's life (start, answer, submit, extra time) reads one way here.
 */
@Service
public class ExamSessions {

    private static final Logger log = LoggerFactory.getLogger(ExamSessions.class);
    static final int MAX_EXTRA_MINUTES = 240;
    static final int MAX_REASON = 2000;

    private final ExamSessionStore store;
    private final ExamForms forms;
    private final ItemStore items;
    private final ApplicationService applications;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationEventPublisher events;
    private final ApplicationProgress progress;

    ExamSessions(ExamSessionStore store, ExamForms forms, ItemStore items, ApplicationService applications,
                 RuntimeService runtime, ManagementService management, ApplicationEventPublisher events,
                 ApplicationProgress progress) {
        this.progress = progress;
        this.store = store;
        this.forms = forms;
        this.items = items;
        this.applications = applications;
        this.runtime = runtime;
        this.management = management;
        this.events = events;
    }

    /**
     * Starts a session for the candidate's application: a form drawn for them, the clock running.
     *
     * @throws NotFoundException when it is not the candidate's application
     * @throws RefusedException  (conflict) when the application does not wait for its exam, the window has closed,
     *                           or the candidate has a session running already
     */
    @Transactional
    public ExamSitting start(CurrentUser candidate, UUID applicationId) {
        if (!candidate.has(Role.CANDIDATE)) {
            throw RefusedException.forbidden("problem.exam.candidates-only");
        }
        ApplicationDetails application = applications.get(candidate, applicationId);
        if (!application.candidateUsername().equals(candidate.username())) {
            throw NotFoundException.of("application.not-found");
        }
        Execution waiting = waitingAtExam(application.number())
                .orElseThrow(() -> RefusedException.conflict("problem.exam.not-waiting", application.number()));
        Instant now = now();
        Instant windowEnds = ((java.util.Date) runtime.getVariable(waiting.getProcessInstanceId(),
                CertificationProcess.VAR_EXAM_WINDOW_ENDS_AT)).toInstant();
        if (!now.isBefore(windowEnds)) {
            throw RefusedException.conflict("problem.exam.window-closed", application.number());
        }
        if (store.running(candidate.username()).isPresent()) {
            throw RefusedException.conflict("problem.exam.session-running");
        }
        ApplicationFacts facts = applications.facts(applicationId);
        RoleDefinition role = facts.requireRole().role();
        List<String> units = CertificationProcess.examUnits(runtime.getVariable(waiting.getProcessInstanceId(),
                CertificationProcess.VAR_EXAM_UNITS));
        UUID id = UUID.randomUUID();
        List<SessionItem> form = forms.draw(id, role, units, store.itemCodesSeen(candidate.username(), role.code()));
        Instant endsAt = now.plus(Duration.ofMinutes(role.scheme().examTimeLimitMinutes()));
        ExamSession session = new ExamSession(id, applicationId, application.number(), candidate.username(),
                role.code(), ExamSessionStatus.RUNNING, now, endsAt, null, null, null, null, null, null);
        try {
            store.insert(session, form);
        } catch (DuplicateKeyException e) {
            // a second start at the same moment: the database keeps one running session per candidate
            throw RefusedException.conflict("problem.exam.session-running");
        }
        String process = runtime.startProcessInstanceByKey(ExamSessionProcess.PROCESS_KEY, id.toString(), Map.of(
                ExamSessionProcess.VAR_SESSION_ID, id.toString(),
                ExamSessionProcess.VAR_ENDS_AT, ExamSessionProcess.endsAt(endsAt))).getId();
        store.setProcessInstance(id, process);
        events.publishEvent(new ExamSessionRecorded(id, applicationId, application.number(),
                ExamSessionRecorded.Step.STARTED, candidate.username(), now, null,
                role.scheme().examTimeLimitMinutes(), form.size()));
        log.info("Application {}: exam session {} started by {} with {} items, ends at {}", application.number(), id,
                candidate.username(), form.size(), endsAt);
        return sitting(store.find(id).orElseThrow());
    }

    /**
     * The candidate's own session as they see it: while it runs, its items and answers; never a key.
     *
     * @throws NotFoundException when it is not the user's session
     */
    @Transactional(readOnly = true)
    public ExamSitting get(CurrentUser candidate, UUID sessionId) {
        return sitting(own(candidate, store.find(sessionId)));
    }

    /** The candidate's running session, if any: where a lost connection or a closed browser resumes. */
    @Transactional(readOnly = true)
    public Optional<ExamSitting> running(CurrentUser candidate) {
        if (!candidate.has(Role.CANDIDATE)) {
            throw RefusedException.forbidden("problem.exam.candidates-only");
        }
        return store.running(candidate.username()).map(this::sitting);
    }

    /**
     * Saves the answer to one item, as given: the indexes of the options chosen, in the order shown (from 0);
     * none clears it.
     *
     * @throws NotFoundException     when it is not the user's session, or it has no such item
     * @throws RefusedException      (conflict) when the session is over
     * @throws InvalidInputException naming {@code chosen} when an index is out of range or repeated, or a
     *                               single-choice item gets more than one
     */
    @Transactional
    public ExamSitting answer(CurrentUser candidate, UUID sessionId, int position, List<Integer> chosen) {
        ExamSession session = own(candidate, store.lock(sessionId));
        Instant now = now();
        requireRunning(session, now);
        List<SessionItem> form = store.form(sessionId);
        SessionItem item = form.stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> NotFoundException.of("problem.exam.no-such-item", position));
        Map<UUID, ExamItem> bank = bankOf(form);
        ExamItem bankItem = bank.get(item.itemId());
        List<Integer> shown = chosen == null ? List.of() : chosen;
        if (shown.stream().anyMatch(i -> i == null || i < 0 || i >= item.optionOrder().size())
                || new HashSet<>(shown).size() != shown.size()) {
            throw InvalidInputException.of("problem.exam.answer.options", "chosen", item.optionOrder().size() - 1);
        }
        if (!bankItem.multipleChoice() && shown.size() > 1) {
            throw InvalidInputException.of("problem.exam.answer.single", "chosen");
        }
        List<Integer> given = shown.stream().map(item.optionOrder()::get).toList();
        store.answer(sessionId, position, given, now);
        // the sitting as saved, from what this save read already: a save costs the same few statements however
        // long the form (docs/benchmarks.md, 200 candidates in exam sessions at once)
        SessionItem saved = new SessionItem(item.sessionId(), position, item.itemId(), item.unitCode(),
                item.elementCode(), item.optionOrder(), given, now);
        return sitting(session, form.stream().map(i -> i.position() == position ? saved : i).toList(), bank);
    }

    /**
     * The candidate submits: the form is scored and the certification process moves on.
     *
     * @throws NotFoundException when it is not the user's session
     * @throws RefusedException  (conflict) when it is not running any more
     */
    @Transactional
    public ExamSitting submit(CurrentUser candidate, UUID sessionId) {
        ExamSession session = own(candidate, store.lock(sessionId));
        if (session.status() != ExamSessionStatus.RUNNING) {
            throw RefusedException.conflict("problem.exam.session-over");
        }
        // after the time limit the timer submits (it may be a moment late); an answer then was refused already
        submitted(session, ExamSession.BY_CANDIDATE, candidate.username());
        runtime.createMessageCorrelation(ExamSessionProcess.MESSAGE_CLOSED)
                .processInstanceId(session.processInstanceId()).correlate();
        return sitting(store.find(sessionId).orElseThrow());
    }

    /** The session's timer: submits the session as it stands, unless it was submitted or voided already. */
    @Transactional
    public void submitAtTimeLimit(UUID sessionId) {
        ExamSession session = store.lock(sessionId).orElseThrow();
        if (session.status() == ExamSessionStatus.RUNNING) {
            submitted(session, ExamSession.BY_TIME_LIMIT, "system");
        }
    }

    private void submitted(ExamSession session, String by, String actor) {
        Instant now = now();
        List<SessionItem> form = store.form(session.id());
        Map<UUID, ExamItem> bank = bankOf(form);
        List<ElementScore> scores = ExamScoring.score(form, bank);
        store.submit(session.id(), by, now, scores);
        int right = scores.stream().mapToInt(ElementScore::correct).sum();
        progress.recordExamResult(session.applicationId(), ExamScoring.perUnit(scores).stream()
                .map(r -> r.unitCode() + " " + r.percent().toPlainString() + " %").collect(Collectors.joining(", ")));
        events.publishEvent(new ExamSessionRecorded(session.id(), session.applicationId(), session.applicationNumber(),
                ExamSession.BY_TIME_LIMIT.equals(by) ? ExamSessionRecorded.Step.SUBMITTED_AT_TIME_LIMIT
                        : ExamSessionRecorded.Step.SUBMITTED, actor, now, null, null, right));
        if (waitingAtExam(session.applicationNumber()).isPresent()) {
            runtime.createMessageCorrelation(CertificationProcess.MESSAGE_EXAM_SUBMITTED)
                    .processInstanceBusinessKey(session.applicationNumber())
                    .setVariable(CertificationProcess.VAR_EXAM_SESSION_ID, session.id().toString()).correlate();
        }
        log.info("Application {}: exam session {} submitted ({}), {} of {} items right", session.applicationNumber(),
                session.id(), by, right, form.size());
    }

    /**
     * An officer grants extra time to a running session (an accessibility accommodation), with a reason: the
     * session ends that much later and its timer moves.
     *
     * @throws InvalidInputException naming {@code minutes} or {@code reason}
     * @throws RefusedException      (forbidden) for anybody but a certification officer; (conflict) when the
     *                               session is not running
     * @throws NotFoundException     when there is no such session
     */
    @Transactional
    public ExamSession grantExtraTime(CurrentUser officer, UUID sessionId, int minutes, String reason) {
        if (!officer.has(Role.CERTIFICATION_OFFICER)) {
            throw RefusedException.forbidden("problem.exam.extra-time.officers-only");
        }
        List<UserMessage> problems = new ArrayList<>();
        if (minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
            problems.add(UserMessage.of("problem.exam.extra-time.minutes", "minutes", MAX_EXTRA_MINUTES));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            problems.add(UserMessage.of("problem.exam.extra-time.reason", "reason", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ExamSession session = store.lock(sessionId).orElseThrow(() -> NotFoundException.of("problem.exam.not-found"));
        Instant now = now();
        requireRunning(session, now);
        Instant endsAt = session.endsAt().plus(Duration.ofMinutes(minutes));
        store.extendTo(sessionId, endsAt, minutes, why, officer.username(), now);
        runtime.setVariable(session.processInstanceId(), ExamSessionProcess.VAR_ENDS_AT,
                ExamSessionProcess.endsAt(endsAt));
        Job timer = management.createJobQuery().processInstanceId(session.processInstanceId()).timers().singleResult();
        management.setJobDuedate(timer.getId(), ExamSessionProcess.endsAt(endsAt));
        events.publishEvent(new ExamSessionRecorded(sessionId, session.applicationId(), session.applicationNumber(),
                ExamSessionRecorded.Step.EXTRA_TIME, officer.username(), now, why, minutes, null));
        log.info("Application {}: {} minutes of extra time for exam session {} by {}", session.applicationNumber(),
                minutes, sessionId, officer.username());
        return store.find(sessionId).orElseThrow();
    }

    /**
     * Voids the application's latest submitted session for a proven irregularity (the assessor's reason, checked
     * by the caller with the assessment task): its scores no longer count. For {@link ExamVoidsOfSessions}.
     */
    boolean voidLatest(UUID applicationId, String reason, String assessor) {
        Optional<ExamSession> latest = store.latestSubmitted(applicationId);
        latest.ifPresent(session -> {
            Instant now = now();
            store.voidSession(session.id(), reason, assessor, now);
            progress.recordExamVoided(applicationId, reason);
            events.publishEvent(new ExamSessionRecorded(session.id(), applicationId, session.applicationNumber(),
                    ExamSessionRecorded.Step.VOIDED, assessor, now, reason, null, null));
            log.info("Application {}: exam session {} voided by {}", session.applicationNumber(), session.id(),
                    assessor);
        });
        return latest.isPresent();
    }

    /**
     * The result per unit of the application's latest submitted session, for whoever may see the application
     * (the candidate, staff through their work on it); empty before a submission.
     *
     * @throws NotFoundException when the user may not see the application
     */
    @Transactional(readOnly = true)
    public List<UnitExamResult> results(CurrentUser user, UUID applicationId) {
        applications.get(user, applicationId);
        return store.latestSubmitted(applicationId).map(s -> ExamScoring.perUnit(store.scores(s.id())))
                .orElse(List.of());
    }

    /**
     * When the exam window of the user's application closes, while the application waits at "Sit the exam";
     * empty otherwise.
     *
     * @throws NotFoundException when the user may not see the application
     */
    @Transactional(readOnly = true)
    public Optional<Instant> windowEndsAt(CurrentUser user, UUID applicationId) {
        ApplicationDetails application = applications.get(user, applicationId);
        return waitingAtExam(application.number()).map(e -> ((java.util.Date) runtime.getVariable(
                e.getProcessInstanceId(), CertificationProcess.VAR_EXAM_WINDOW_ENDS_AT)).toInstant());
    }

    /** The application's sessions, oldest first, for whoever may see the application. */
    @Transactional(readOnly = true)
    public List<ExamSession> sessions(CurrentUser user, UUID applicationId) {
        applications.get(user, applicationId);
        return store.ofApplication(applicationId);
    }

    private Optional<Execution> waitingAtExam(String applicationNumber) {
        return Optional.ofNullable(runtime.createExecutionQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNumber).activityId(CertificationProcess.ACTIVITY_SIT_EXAM)
                .singleResult());
    }

    private static ExamSession own(CurrentUser candidate, Optional<ExamSession> session) {
        if (!candidate.has(Role.CANDIDATE)) {
            throw RefusedException.forbidden("problem.exam.candidates-only");
        }
        return session.filter(s -> s.candidate().equals(candidate.username()))
                .orElseThrow(() -> NotFoundException.of("problem.exam.not-found"));
    }

    private static void requireRunning(ExamSession session, Instant now) {
        if (session.status() != ExamSessionStatus.RUNNING || !now.isBefore(session.endsAt())) {
            throw RefusedException.conflict("problem.exam.session-over");
        }
    }

    private ExamSitting sitting(ExamSession session) {
        boolean open = session.status() == ExamSessionStatus.RUNNING && now().isBefore(session.endsAt());
        List<SessionItem> form = open ? store.form(session.id()) : List.of();
        return sitting(session, form, bankOf(form));
    }

    /** The bank's items of the form, in one query. */
    private Map<UUID, ExamItem> bankOf(List<SessionItem> form) {
        return items.byIds(form.stream().map(SessionItem::itemId).toList());
    }

    private ExamSitting sitting(ExamSession session, List<SessionItem> form, Map<UUID, ExamItem> bank) {
        Instant now = now();
        boolean open = session.status() == ExamSessionStatus.RUNNING && now.isBefore(session.endsAt());
        List<ExamSitting.SittingItem> shown = open ? form.stream().map(i -> shown(i, bank.get(i.itemId()))).toList()
                : List.of();
        List<UnitExamResult> results = session.status() == ExamSessionStatus.SUBMITTED
                ? ExamScoring.perUnit(store.scores(session.id())) : List.of();
        long secondsLeft = open ? Duration.between(now, session.endsAt()).toSeconds() : 0;
        return new ExamSitting(session.id(), session.applicationNumber(), session.status(), session.startedAt(),
                session.endsAt(), secondsLeft, shown, results);
    }

    private static ExamSitting.SittingItem shown(SessionItem item, ExamItem bankItem) {
        List<String> options = item.optionOrder().stream().map(i -> bankItem.options().get(i).text()).toList();
        List<Integer> chosen = item.chosen().stream().map(item.optionOrder()::indexOf).sorted().toList();
        return new ExamSitting.SittingItem(item.position(), item.unitCode(), item.elementCode(), bankItem.stem(),
                options, bankItem.multipleChoice(), chosen);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
