package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.appeal.AppealProcess.PanelAction;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.inbox.TaskHolders;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeals panel's work: the open appeals, claiming and handing over the panel's task, notes,
 * asking the appellant for more, and the outcome with its reasons and the member's declaration of
 * no conflict of interest. Every step checks that the user is on the panel and, for claiming,
 * handing over and deciding, that the person who would hold the task took no part in the contested
 * decision ({@link AppealImpartiality}); the engine's task listener checks it again.
 */
@Service
public class AppealPanel {

    private static final Logger log = LoggerFactory.getLogger(AppealPanel.class);
    public static final int MAX_TEXT = 4000;
    static final int ESCALATED_PRIORITY = 80;

    private final AppealStore store;
    private final AppealService appeals;
    private final AppealImpartiality impartiality;
    private final AppealMail mail;
    private final AppealProperties properties;
    private final TaskService tasks;
    private final UserAccountService users;
    private final ApplicationEventPublisher events;
    private final TaskHolders holders;
    private final TaskHandOver handOver;
    private final ManagementService management;

    AppealPanel(AppealStore store, AppealService appeals, AppealImpartiality impartiality, AppealMail mail,
                AppealProperties properties, TaskService tasks, UserAccountService users,
                ApplicationEventPublisher events, TaskHolders holders, TaskHandOver handOver,
                ManagementService management) {
        this.holders = holders;
        this.handOver = handOver;
        this.management = management;
        this.store = store;
        this.appeals = appeals;
        this.impartiality = impartiality;
        this.mail = mail;
        this.properties = properties;
        this.tasks = tasks;
        this.users = users;
        this.events = events;
    }

    /** The open appeals awaiting the panel, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<PanelAppeal> open(CurrentUser user) {
        requirePanel(user);
        List<PanelAppeal> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(AppealProcess.PROCESS_KEY)
                .taskDefinitionKey(AppealProcess.ACTIVITY_DECIDE).orderByDueDate().asc().list()) {
            UUID id = UUID.fromString((String) tasks.getVariable(task.getId(), AppealProcess.VAR_APPEAL_ID));
            boolean excluded = impartiality.excluded(id, user.username());
            // an excluded member sees that the appeal is there and why it is not theirs, not what it says
            store.find(id).ifPresent(row -> open.add(new PanelAppeal(excluded ? appeals.withheld(row)
                    : appeals.view(row, false), task.getId(), task.getAssignee(), excluded,
                    task.getPriority() >= ESCALATED_PRIORITY)));
        }
        return open;
    }

    /**
     * How many of the open appeals ({@link #open}) the member may decide, those they are not excluded from, in
     * one statement however many wait: the menu's count.
     */
    @Transactional(readOnly = true)
    public long countMayDecide(CurrentUser user) {
        requirePanel(user);
        return store.countAtOpenTask(management.getTableName(Task.class), AppealProcess.ACTIVITY_DECIDE,
                user.username());
    }

    /** True when the user is on the panel and works or may work on an appeal of this application. */
    @Transactional(readOnly = true)
    public boolean worksOnApplication(CurrentUser user, UUID applicationId) {
        return user.has(Role.APPEALS_PANEL) && store.ofApplication(applicationId).stream()
                .anyMatch(row -> !impartiality.excluded(row.id(), user.username()));
    }

    /** The panel member takes the appeal's task. */
    @Transactional
    public PanelAppeal claim(CurrentUser user, UUID appealId) {
        requirePanel(user);
        Task task = decideTask(appealId);
        requireImpartial(appealId, user.username());
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("problem.appeal.claimed",
                    holders.nameOf(task.getAssignee())));
        }
        tasks.claim(task.getId(), user.username());
        step(appealId, "CLAIMED", user.username(), null);
        return panelView(user, appealId);
    }

    /**
     * Hands the appeal's task, which the user holds, to another panel member, who must have taken no part in the
     * decision ({@link TaskHandOver}, which records the step).
     *
     * @throws InvalidInputException when the colleague is no panel member
     * @throws RefusedException      when the user does not hold the task, or the colleague took part
     */
    @Transactional
    public PanelAppeal handOver(CurrentUser user, UUID appealId, String colleague) {
        requirePanel(user);
        Task task = decideTask(appealId);
        boolean member = colleague != null && users.find(colleague.strip())
                .filter(profile -> profile.roles().contains(Role.APPEALS_PANEL)).isPresent();
        if (!member) {
            throw new InvalidInputException("api.appeal.refused", List.of(UserMessage.of("problem.appeal.colleague")));
        }
        requireImpartial(appealId, colleague.strip());
        // the one hand-over of every task screen: the holder only, the engine's history and the appeal's step
        handOver.handOver(user, task.getId(), colleague.strip());
        return panelView(user, appealId);
    }

    /** A note of the investigation, seen by the panel only. */
    @Transactional
    public PanelAppeal note(CurrentUser user, UUID appealId, String text) {
        requirePanel(user);
        decideTask(appealId);
        requireImpartial(appealId, user.username());
        String note = requireText(text, "problem.appeal.note-missing");
        store.insertNote(appealId, "NOTE", user.username(), note, null, now());
        step(appealId, "NOTE", user.username(), null);
        return panelView(user, appealId);
    }

    /**
     * Asks the appellant for more, with a deadline; they are mailed the request and reminded before it
     * ends; without an answer by then the appeal lapses.
     */
    @Transactional
    public PanelAppeal requestInformation(CurrentUser user, UUID appealId, String text) {
        Task task = ownTask(user, appealId);
        String request = requireText(text, "problem.appeal.request-missing");
        Instant now = now();
        Instant due = now.plus(properties.informationDeadline());
        AppealStore.Row row = store.lock(appealId).orElseThrow();
        store.insertNote(appealId, "REQUEST", user.username(), request, due, now);
        store.changeStatus(appealId, AppealStatus.AWAITING_APPELLANT);
        tasks.complete(task.getId(), Map.of(AppealProcess.VAR_PANEL_ACTION, PanelAction.REQUEST_INFORMATION.name(),
                AppealProcess.VAR_INFORMATION_DUE_AT, Date.from(due),
                AppealProcess.VAR_INFORMATION_REMINDER_AT, Date.from(due.minus(properties.informationReminder()))));
        mail.toAppellant(row, "information-requested", request, AppealMail.date(due));
        step(appealId, "INFORMATION_REQUESTED", user.username(), null);
        return new PanelAppeal(appeals.view(store.find(appealId).orElseThrow(), false), null, null, false, false);
    }

    /**
     * The panel's outcome: the appeal is upheld (the contested decision is acted on in the same
     * transaction, {@link AppealSteps#actOnUpheld}) or rejected (the decision stands), with reasons the
     * appellant is mailed and sees.
     *
     * @throws InvalidInputException when the outcome, the reasons or the declaration is missing
     */
    @Transactional
    public Appeal decide(CurrentUser user, UUID appealId, AppealOutcome outcome, String reason,
                         boolean noConflictOfInterest) {
        List<UserMessage> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(UserMessage.of("problem.appeal.outcome-missing"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            problems.add(UserMessage.of("problem.appeal.reason", MAX_TEXT));
        }
        if (!noConflictOfInterest) {
            problems.add(UserMessage.of("problem.appeal.declaration"));
        }
        requirePanel(user);
        Task task = ownTask(user, appealId);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.appeal.refused", problems);
        }
        AppealStore.Row row = store.lock(appealId).orElseThrow();
        AppealStatus status = outcome == AppealOutcome.UPHELD ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        Instant now = now();
        store.recordOutcome(appealId, status, why, user.username(), now, true);
        tasks.complete(task.getId(), Map.of(AppealProcess.VAR_PANEL_ACTION,
                (outcome == AppealOutcome.UPHELD ? PanelAction.UPHOLD : PanelAction.REJECT).name()));
        mail.toAppellant(row, "decided-" + status.name().toLowerCase(), why);
        step(appealId, status.name(), user.username(), why);
        log.info("Appeal {} {} by {}", row.number(), status, user.username());
        return appeals.view(store.find(appealId).orElseThrow(), false);
    }

    private PanelAppeal panelView(CurrentUser user, UUID appealId) {
        return open(user).stream().filter(p -> p.appeal().id().equals(appealId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("appeal.not-found"));
    }

    private Task decideTask(UUID appealId) {
        AppealStore.Row row = store.find(appealId).orElseThrow(() -> NotFoundException.of("appeal.not-found"));
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(row.number())
                        .taskDefinitionKey(AppealProcess.ACTIVITY_DECIDE).singleResult())
                .orElseThrow(() -> new RefusedException(RefusedException.Kind.CONFLICT,
                        UserMessage.of("problem.appeal.not-with-panel", row.number())));
    }

    /** The appeal's task, which the user must hold (and may, being impartial). */
    private Task ownTask(CurrentUser user, UUID appealId) {
        requirePanel(user);
        Task task = decideTask(appealId);
        requireImpartial(appealId, user.username());
        if (!user.username().equals(task.getAssignee())) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, UserMessage.of("problem.appeal.not-yours"));
        }
        return task;
    }

    private void requireImpartial(UUID appealId, String username) {
        impartiality.partiality(appealId, username).ifPresent(refusal -> {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, refusal);
        });
    }

    private static String requireText(String text, String missingKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("api.appeal.refused", List.of(UserMessage.of(missingKey)));
        }
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidInputException("api.appeal.refused",
                    List.of(UserMessage.of("problem.appeal.text-length", MAX_TEXT, stripped.length())));
        }
        return stripped;
    }

    static void requirePanel(CurrentUser user) {
        if (!user.has(Role.APPEALS_PANEL)) {
            throw new AccessDeniedException("Only the appeals panel works on appeals");
        }
    }

    private void step(UUID appealId, String step, String actor, String reason) {
        AppealStore.Row row = store.find(appealId).orElseThrow();
        events.publishEvent(new AppealStepRecorded(appealId, row.number(), row.applicationId(), step, actor, reason,
                now()));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
