package eu.skills4cities.citycert.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import eu.skills4cities.citycert.application.ApplicationNumbers;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.base.NameKeys;
import eu.skills4cities.citycert.security.CurrentUser;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff member's inbox: their tasks and their queues' unassigned ones, of every kind of work
 * they do (the certification process's and each {@link InboxWork}'s: appeals, complaints),
 * filtered, sorted, paged and counted in one engine query. Other work's tasks enter that query by
 * id, as the work's own rules let the person see them ({@link InboxWork#visibleTasks}, at a fixed
 * number of SQL statements per work), while the certification tasks are selected by the person's
 * groups and paged by the engine however many there are.
 */
@Service
@org.springframework.validation.annotation.Validated
public class TaskInbox {

    /**
     * The most tasks an inbox filtered by time or priority (overdue, due within some days, escalated) counts
     * one by one: beyond it {@link #count(CurrentUser, InboxQuery)} says {@code COUNT_LIMIT + 1}, "more than
     * this many", so that such a count costs the same however long the queues grow.
     */
    public static final int COUNT_LIMIT = 1_000;
    /** An instance id no process has (ids are UUIDs): the search that found no instance. */
    private static final String NO_INSTANCE = "none";

    private final TaskService taskService;
    private final TaskAccess access;
    private final QueueSizes queueSizes;
    private final InboxStages stages;
    private final NameKeys nameKeys;
    private final SearchedInstances searched;
    private final QueryPlans plans;

    TaskInbox(TaskService taskService, TaskAccess access, QueueSizes queueSizes, InboxStages stages,
              NameKeys nameKeys, SearchedInstances searched, QueryPlans plans) {
        this.nameKeys = nameKeys;
        this.searched = searched;
        this.plans = plans;
        this.taskService = taskService;
        this.access = access;
        this.queueSizes = queueSizes;
        this.stages = stages;
    }

    /** Tasks assigned to the user, and unassigned tasks of the user's groups, oldest first. */
    @Transactional(readOnly = true)
    public List<StaffTask> inbox(CurrentUser user, int offset, int limit) {
        return inbox(user, InboxQuery.workable(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser user) {
        return count(user, InboxQuery.workable());
    }

    /** One page of the user's inbox, filtered and sorted. */
    @Transactional(readOnly = true)
    public List<StaffTask> inbox(CurrentUser user, @Valid InboxQuery query, int offset, int limit) {
        requireInboxUser(user);
        Map<String, Other> others = otherWork(user);
        TaskQuery tasks = inboxQuery(user, query, others);
        ordered(tasks, query);
        List<Task> page = tasks.listPage(offset, limit);
        Map<String, StaffTask> certification = new LinkedHashMap<>();
        access.toStaffTasks(page.stream().filter(task -> !others.containsKey(task.getId())).toList())
                .forEach(task -> certification.put(task.id(), task));
        return page.stream().map(task -> others.containsKey(task.getId())
                ? others.get(task.getId()).toStaffTask(task) : certification.get(task.getId())).toList();
    }

    /**
     * How many tasks {@link #inbox(CurrentUser, InboxQuery, int, int)} pages through: the same query,
     * counted. The certification tasks of the unassigned, workable and all-groups scopes, whole or by stage or
     * role, are counted from the stored counts instead ({@link QueueSizes}), so they cost the same at any queue
     * length, for a person in any number of groups; the tasks a person holds are counted by the engine through
     * its assignee index, and the other work's tasks they see (few, by id) apart, in the same scope, and added.
     */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, @Valid InboxQuery query) {
        requireInboxUser(user);
        return count(user, query, otherWork(user));
    }

    /**
     * The counts of several queries, each as {@link #count(CurrentUser, InboxQuery)} gives it, in their
     * order: for the start page's tiles, which would otherwise ask every other work for its visible tasks
     * once per tile.
     */
    @Transactional(readOnly = true)
    public List<Long> counts(CurrentUser user, List<@Valid InboxQuery> queries) {
        requireInboxUser(user);
        Map<String, Other> others = otherWork(user);
        return queries.stream().map(query -> count(user, query, others)).toList();
    }

    /**
     * The engine's own count of the query, however {@link #count(CurrentUser, InboxQuery)} counts it: what the
     * stored sizes must always equal (the tests and the inbox benchmark compare the two).
     */
    @Transactional(readOnly = true)
    public long countByEngine(CurrentUser user, @Valid InboxQuery query) {
        requireInboxUser(user);
        return inboxQuery(user, query, otherWork(user)).count();
    }

    /** {@link #count(CurrentUser, InboxQuery)} with another limit for the filters by time or priority (for tests). */
    @Transactional(readOnly = true)
    long countUpTo(CurrentUser user, @Valid InboxQuery query, int limit) {
        requireInboxUser(user);
        return count(user, query, otherWork(user), limit);
    }

    private long count(CurrentUser user, InboxQuery query, Map<String, Other> others) {
        return count(user, query, others, COUNT_LIMIT);
    }

    private long count(CurrentUser user, InboxQuery query, Map<String, Other> others, int limit) {
        if (!countedFromStore(query)) {
            TaskQuery tasks = inboxQuery(user, query, others);
            // one row past the limit, found in the page's own order (an index), or the few there are, counted (the
            // engine's count leaves the order out)
            if (timeOrPriority(query) && !ordered(tasks, query).listPage(limit, 1).isEmpty()) {
                return limit + 1L;
            }
            return tasks.count();
        }
        List<String> activities = query.stage() == null ? null : List.copyOf(stages.require(query.stage()).activityIds());
        long certification = queueSizes.tasks(CertificationProcess.PROCESS_KEY, user.engineGroups(), activities,
                query.roleCode(), query.scope() == InboxQuery.Scope.ALL_GROUPS);
        if (query.scope() == InboxQuery.Scope.WORKABLE) {
            TaskQuery mine = taskService.createTaskQuery().processDefinitionKey(CertificationProcess.PROCESS_KEY)
                    .taskAssignee(user.username());
            certification += narrowed(mine, activities, query.roleCode()).count();
        }
        String[] otherIds = others.values().stream().map(Other::item)
                .filter(item -> query.roleCode() == null || query.roleCode().equals(item.roleCode()))
                .map(InboxItem::taskId).toArray(String[]::new);
        return certification + (otherIds.length == 0 ? 0
                : narrowed(scoped(taskService.createTaskQuery().taskIdIn(otherIds), user, query.scope()), activities,
                null).count());
    }

    /**
     * The page's order: by creation, due date or priority, either way; among equal priorities the oldest first;
     * the task id last, so that pages never overlap. Each order is an index's ({@code inbox.process.InboxIndexes}
     * and the engine's own on the creation time), so a page reads its rows and stops, at any queue length.
     */
    private static TaskQuery ordered(TaskQuery tasks, InboxQuery query) {
        switch (query.sort()) {
            case DUE -> tasks.orderByDueDate();
            case PRIORITY -> tasks.orderByTaskPriority();
            default -> tasks.orderByTaskCreateTime();
        }
        if (query.descending()) {
            tasks.desc();
        } else {
            tasks.asc();
        }
        if (query.sort() == InboxQuery.Sort.PRIORITY) {
            tasks.orderByTaskCreateTime().asc();
        }
        return tasks.orderByTaskId().asc();
    }

    /**
     * Whether the stored counts ({@link QueueSizes}) give this query's count: they know each task's process,
     * activity, role, candidate groups and whether someone holds it, so every scope but "mine" (which the
     * engine counts through its assignee index) and the stage and role filters; not what depends on the time
     * or on a text (due dates, escalation, a search), which the engine counts among the tasks that match.
     */
    private static boolean countedFromStore(InboxQuery query) {
        return query.scope() != InboxQuery.Scope.MINE && !query.overdueOnly() && query.dueWithinDays() == null
                && query.search() == null && !query.escalatedOnly();
    }

    /** Filters whose matches the stored counts cannot know: they depend on the time or the priority. */
    private static boolean timeOrPriority(InboxQuery query) {
        return query.overdueOnly() || query.dueWithinDays() != null || query.escalatedOnly();
    }

    private static TaskQuery narrowed(TaskQuery tasks, List<String> activities, String roleCode) {
        if (activities != null) {
            tasks.taskDefinitionKeyIn(activities.toArray(String[]::new));
        }
        if (roleCode != null) {
            tasks.processVariableValueEquals(CertificationProcess.VAR_ROLE_CODE, roleCode);
        }
        return tasks;
    }

    /**
     * The inbox's time: the engine's, which set the due dates and runs the escalation timers (tests
     * move it), so the filters and the grid's overdue mark agree with them.
     */
    public java.time.Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Checks that the person has an inbox at all, and sets up the transaction's query planning (QueryPlans). */
    private void requireInboxUser(CurrentUser user) {
        if (!stages.worksOnAny(user)) {
            throw new AccessDeniedException("Only staff with tasks of some kind have an inbox");
        }
        plans.planEachQuery();
    }

    /** The other work's tasks this person may see, by task id. */
    private Map<String, Other> otherWork(CurrentUser user) {
        Map<String, Other> others = new LinkedHashMap<>();
        for (InboxWork work : stages.works()) {
            if (work.worksOn(user)) {
                work.visibleTasks(user).forEach(item -> others.put(item.taskId(), new Other(work, item)));
            }
        }
        return others;
    }

    /*
     * The certification tasks are selected by the engine's own conditions (process, groups, variables);
     * the other work's by id. Where a condition means something else for the two (which tasks at all,
     * the role, a name), it is an or-block of the two, and the engine ANDs the blocks.
     */
    private TaskQuery inboxQuery(CurrentUser user, InboxQuery query, Map<String, Other> others) {
        TaskQuery tasks = taskService.createTaskQuery();
        fewTasks(user).ifPresent(few -> {
            // a short queue in a long table: only these tasks can match; walking an order's index would read
            // every other task before it found them (an officer's page among 100 000 review tasks)
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(few);
            ids.addAll(others.keySet());
            if (ids.isEmpty()) {
                tasks.taskId(NO_INSTANCE);
            } else {
                tasks.taskIdIn(ids.toArray(String[]::new));
            }
        });
        either(tasks, q -> q.processDefinitionKey(CertificationProcess.PROCESS_KEY), others, item -> true);
        scoped(tasks, user, query.scope());
        if (query.stage() != null) {
            // the activity ids alone: which tasks at all is said above (the certification process, or the
            // other work's tasks this person may see), and a second process key would replace that one
            InboxStage stage = stages.require(query.stage());
            tasks.taskDefinitionKeyIn(stage.activityIds().toArray(String[]::new));
        }
        if (query.roleCode() != null) {
            either(tasks, q -> q.processVariableValueEquals(CertificationProcess.VAR_ROLE_CODE, query.roleCode()),
                    others, item -> query.roleCode().equals(item.roleCode()));
        }
        Date now = Date.from(now());
        if (query.overdueOnly()) {
            tasks.dueBefore(now);
        }
        if (query.escalatedOnly()) {
            tasks.taskMinPriority(StaffTask.ESCALATED_PRIORITY);
        }
        if (query.dueWithinDays() != null) {
            tasks.dueBefore(Date.from(now.toInstant().plus(Duration.ofDays(query.dueWithinDays()))));
        }
        if (query.search() != null) {
            String search = query.search();
            if (isNumberSearch(search)) {
                // a number search starts with a kind of work's prefix (A-, AP-, ...), and so does every number: the
                // numbers that start with the text, which an index finds by range (InboxIndexes)
                String pattern = search.toUpperCase(Locale.ROOT) + "%";
                // every kind of work's tasks at once: a number is its instance's business key, whatever the process
                searched.withBusinessKeyLike(pattern).ifPresentOrElse(instances -> ofInstances(tasks, instances),
                        () -> tasks.processInstanceBusinessKeyLike(pattern));
            } else {
                // case and accents ignored in every script: the name and the text are folded alike (NameKeys)
                // one statement folds the text and the names of the other work's tasks
                List<String> names = new ArrayList<>(others.values().stream()
                        .map(other -> other.item().personName()).toList());
                names.add(search);
                Map<String, String> folded = nameKeys.foldAll(names);
                String part = folded.get(search);
                Optional<List<String>> instances = searched.withCandidateNameKey(part);
                either(tasks, q -> instances.isPresent() ? ofInstances(q, instances.get())
                                : q.processVariableValueLike(CertificationProcess.VAR_CANDIDATE_NAME_KEY, "%" + part + "%"),
                        others, item -> NameKeys.contains(folded.get(item.personName()), part));
            }
        }
        return tasks;
    }

    /**
     * Every task the person could see in any scope, when they are few: at most {@link SearchedInstances#limit()}
     * with a candidate group of theirs (the stored counts say how many, in one statement) and the ones they
     * hold. Empty when there are more: then an order's index finds a page's tasks soon enough.
     */
    private Optional<List<String>> fewTasks(CurrentUser user) {
        if (queueSizes.anyTasks(user.engineGroups()) > searched.limit()) {
            return Optional.empty();
        }
        return searched.tasksOf(user.engineGroups(), user.username());
    }

    /** Only the tasks of these process instances (none, if there are none). */
    private static TaskQuery ofInstances(TaskQuery tasks, List<String> instances) {
        return instances.isEmpty() ? tasks.processInstanceId(NO_INSTANCE)
                : tasks.processInstanceIdIn(instances.toArray(String[]::new));
    }

    /** Whose tasks: mine, my groups' unassigned ones, both (the default), or all of my groups'. */
    private static TaskQuery scoped(TaskQuery tasks, CurrentUser user, InboxQuery.Scope scope) {
        switch (scope) {
            case MINE -> tasks.taskAssignee(user.username());
            case UNASSIGNED -> tasks.taskCandidateGroupIn(user.engineGroups());
            case ALL_GROUPS -> tasks.taskCandidateGroupIn(user.engineGroups()).includeAssignedTasks();
            default -> tasks.or().taskAssignee(user.username()).taskCandidateGroupIn(user.engineGroups()).endOr();
        }
        return tasks;
    }

    /**
     * The certification condition, or one of the other work's tasks that match. With no such task the
     * condition stands alone, so a person who sees no other work's tasks gets the query as it was before
     * there was other work (the inbox benchmark measures that one).
     */
    private static void either(TaskQuery tasks, UnaryOperator<TaskQuery> certification, Map<String, Other> others,
                               Predicate<InboxItem> matches) {
        String[] ids = others.values().stream().map(Other::item).filter(matches).map(InboxItem::taskId)
                .toArray(String[]::new);
        if (ids.length == 0) {
            certification.apply(tasks);
        } else {
            certification.apply(tasks.or()).taskIdIn(ids).endOr();
        }
    }

    private boolean isNumberSearch(String search) {
        String upper = search.toUpperCase(Locale.ROOT);
        return ApplicationNumbers.isNumberSearch(search)
                || stages.works().stream().anyMatch(work -> upper.startsWith(work.numberPrefix()));
    }

    /** One task of other work, as its work describes it. */
    private record Other(InboxWork work, InboxItem item) {
        StaffTask toStaffTask(Task task) {
            return new StaffTask(task.getId(), task.getName(), work.kind(), item.stage(), item.number(),
                    item.applicationId(), item.applicationNumber(), item.personName(), item.roleTitle(), item.roleCode(),
                    task.getAssignee(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getPriority() >= StaffTask.ESCALATED_PRIORITY, item.path());
        }
    }
}
