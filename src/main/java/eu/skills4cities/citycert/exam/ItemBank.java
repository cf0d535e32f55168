package eu.skills4cities.citycert.exam;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item bank: exam authors write items (a draft, edited until submitted), a second person
 * approves them (another author or an officer, never who wrote or last edited that version), and
 * an author or officer retires them. An approved version never changes: editing it makes the next
 * version, a draft with the same code, and the approved version stays in use until that draft is
 * approved, which retires it. Every change publishes {@link ExamItemRecorded} in its transaction,
 * which the audit log records with it.
 */
@Service
public class ItemBank {

    private static final Logger log = LoggerFactory.getLogger(ItemBank.class);
    static final int MAX_PAGE = 200;

    private final ItemStore store;
    private final ItemRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemBank(ItemStore store, ItemRules rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ItemPage list(CurrentUser user, ItemFilter filter, int page, int size) {
        ItemAccess.requireReader(user);
        List<UserMessage> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(UserMessage.of("exam.problem.page", "page"));
        }
        if (size < 1 || size > MAX_PAGE) {
            problems.add(UserMessage.of("exam.problem.size", "size", 1, MAX_PAGE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ItemPage(store.page(filter, page * size, size), store.count(filter));
    }

    @Transactional(readOnly = true)
    public ExamItem get(CurrentUser user, UUID id) {
        ItemAccess.requireReader(user);
        return store.find(id).orElseThrow(ItemBank::notFound);
    }

    /** Every version of the item with this code, oldest first. */
    @Transactional(readOnly = true)
    public List<ExamItem> versions(CurrentUser user, String code) {
        ItemAccess.requireReader(user);
        return store.versions(code);
    }

    /** A new item, version 1, as a draft. */
    @Transactional
    public ExamItem create(CurrentUser author, ItemDraft draft) {
        ItemAccess.requireAuthor(author);
        List<ItemProblem> problems = new ArrayList<>(rules.check(draft, "", true));
        if (draft.code() != null && store.codeExists(draft.code())) {
            problems.add(new ItemProblem("code", UserMessage.of("exam.problem.code-taken", "code", draft.code())));
        }
        refuseIf(problems);
        UUID id = store.insert(draft, 1, false, author.username(), clock.instant());
        return recorded(id, ExamItemRecorded.Step.CREATED, author, null);
    }

    /**
     * Edits an item: a draft (or a submitted one, which becomes a draft again) changes in place; an
     * approved version gets a new version with the change, as a draft. The code never changes.
     *
     * @return the version that holds the change
     */
    @Transactional
    public ExamItem update(CurrentUser author, UUID id, ItemDraft change) {
        ItemAccess.requireAuthor(author);
        ExamItem item = store.lock(id).orElseThrow(ItemBank::notFound);
        ItemDraft draft = new ItemDraft(item.code(), change.roleCode(), change.unitCode(), change.elementCode(),
                change.stem(), change.options(), change.explanation(), change.difficulty());
        switch (item.status()) {
            case RETIRED -> throw RefusedException.conflict("exam.refused.retired", item.code(), item.version());
            case APPROVED -> {
                Optional<ExamItem> open = openVersion(item.code());
                if (open.isPresent()) {
                    throw RefusedException.conflict("exam.refused.open-draft", item.code(), open.get().version());
                }
                refuseIf(rules.check(draft, "", false));
                int next = store.versions(item.code()).stream().mapToInt(ExamItem::version).max().orElse(0) + 1;
                UUID newId = store.insert(draft, next, item.sample(), author.username(), clock.instant());
                return recorded(newId, ExamItemRecorded.Step.NEW_VERSION, author, item.version());
            }
            default -> {
                refuseIf(rules.check(draft, "", false));
                store.updateDraft(id, draft, author.username(), clock.instant());
                return recorded(id, ExamItemRecorded.Step.EDITED, author, null);
            }
        }
    }

    /** Asks for approval: the draft waits for a second person. */
    @Transactional
    public ExamItem submit(CurrentUser author, UUID id) {
        ItemAccess.requireAuthor(author);
        ExamItem item = store.lock(id).orElseThrow(ItemBank::notFound);
        if (item.status() != ItemStatus.DRAFT) {
            throw RefusedException.conflict("exam.refused.not-draft", item.code(), item.version());
        }
        store.submit(id, author.username(), clock.instant());
        return recorded(id, ExamItemRecorded.Step.SUBMITTED, author, null);
    }

    /**
     * Approves a submitted version, by someone who neither wrote nor last edited it; the item's
     * approved version before it, if any, is retired in the same transaction.
     */
    @Transactional
    public ExamItem approve(CurrentUser approver, UUID id) {
        ItemAccess.requireApprover(approver);
        ExamItem item = store.lock(id).orElseThrow(ItemBank::notFound);
        ItemAccess.requireSecondPerson(approver, item);
        if (item.status() != ItemStatus.SUBMITTED) {
            throw RefusedException.conflict("exam.refused.not-submitted", item.code(), item.version());
        }
        // the element may have left the published framework since the item was written
        refuseIf(rules.check(item.draft(), "", false));
        Instant now = clock.instant();
        Integer previous = null;
        for (ExamItem other : store.versions(item.code())) {
            if (other.status() == ItemStatus.APPROVED) {
                store.retire(other.id(), approver.username(), now);
                previous = other.version();
                recorded(other.id(), ExamItemRecorded.Step.RETIRED, approver, null);
            }
        }
        store.approve(id, approver.username(), now);
        return recorded(id, ExamItemRecorded.Step.APPROVED, approver, previous);
    }

    /** Takes a version out of use (or discards a draft); no exam draws it any more. */
    @Transactional
    public ExamItem retire(CurrentUser user, UUID id) {
        ItemAccess.requireApprover(user);
        ExamItem item = store.lock(id).orElseThrow(ItemBank::notFound);
        if (item.status() == ItemStatus.RETIRED) {
            throw RefusedException.conflict("exam.refused.retired", item.code(), item.version());
        }
        store.retire(id, user.username(), clock.instant());
        return recorded(id, ExamItemRecorded.Step.RETIRED, user, null);
    }

    /** How many submitted versions this approver may approve (none for anybody else). */
    @Transactional(readOnly = true)
    public long awaitingApproval(CurrentUser user) {
        ItemAccess.requireReader(user);
        if (!user.has(Role.EXAM_AUTHOR) && !user.has(Role.CERTIFICATION_OFFICER)) {
            return 0;
        }
        return store.awaitingApprovalBy(user.username());
    }

    /** Whether this user may approve this version now (the page shows the button only then). */
    public boolean mayApprove(CurrentUser user, ExamItem item) {
        return ItemAccess.mayApprove(user, item);
    }

    private Optional<ExamItem> openVersion(String code) {
        return store.versions(code).stream()
                .filter(v -> v.status() == ItemStatus.DRAFT || v.status() == ItemStatus.SUBMITTED).findFirst();
    }

    /** The version as it is now stored, with its step published for the audit log. */
    ExamItem recorded(UUID id, ExamItemRecorded.Step step, CurrentUser actor, Integer previousVersion) {
        ExamItem item = store.find(id).orElseThrow();
        events.publishEvent(new ExamItemRecorded(item.id(), item.code(), item.version(), step, item.elementCode(),
                actor.username(), previousVersion, clock.instant()));
        log.info("Exam item {} version {} {} by {}", item.code(), item.version(), step, actor.username());
        return item;
    }

    private static void refuseIf(List<ItemProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(ItemProblem::message).toList());
        }
    }

    private static NotFoundException notFound() {
        return NotFoundException.of("exam.item.not-found");
    }
}
