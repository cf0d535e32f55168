package eu.skills4cities.citycert.appeal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.InboxItem;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.InboxWork;
import eu.skills4cities.citycert.inbox.TaskVariables;
import eu.skills4cities.citycert.inbox.WorkTasks;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The appeals panel's tasks in the staff inbox: "Decide the appeal", for panel members the appeal's
 * impartiality does not exclude ({@link AppealImpartiality}). The appellant's own task (giving the
 * panel what it asked for) is theirs, not staff work, and is not listed. A row names the appellant
 * and the role of the contested application; it opens the appeal's page.
 */
@Component
class AppealInboxWork implements InboxWork {

    static final String STAGE = "APPEAL";

    private final WorkTasks workTasks;
    private final TaskVariables variables;
    private final AppealStore store;
    private final AppealImpartiality impartiality;
    private final ApplicationService applications;
    private final UserAccountService users;
    private final org.springframework.context.ApplicationEventPublisher events;

    AppealInboxWork(WorkTasks workTasks, TaskVariables variables, AppealStore store, AppealImpartiality impartiality,
                    ApplicationService applications, UserAccountService users,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.workTasks = workTasks;
        this.variables = variables;
        this.store = store;
        this.impartiality = impartiality;
        this.applications = applications;
        this.users = users;
    }

    @Override
    public String kind() {
        return "APPEAL";
    }

    @Override
    public String processKey() {
        return AppealProcess.PROCESS_KEY;
    }

    @Override
    public boolean worksOn(CurrentUser user) {
        return user.has(Role.APPEALS_PANEL);
    }

    @Override
    public List<InboxStage> stages() {
        return List.of(new InboxStage(STAGE, AppealProcess.PROCESS_KEY, List.of(AppealProcess.ACTIVITY_DECIDE),
                "inbox.stage.APPEAL"));
    }

    @Override
    public String numberPrefix() {
        return "AP-";
    }

    /**
     * In a fixed number of queries whatever the number of open appeals: the tasks (two), their appeal ids, the
     * appeals, the person's exclusions among them, the contested applications and the appellants' names.
     */
    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> visibleTasks(CurrentUser user) {
        if (!worksOn(user)) {
            return List.of();
        }
        List<Task> decide = workTasks.open(AppealProcess.PROCESS_KEY, List.of(AppealProcess.ACTIVITY_DECIDE));
        Map<String, UUID> appealOfTask = new HashMap<>();
        variables.text(decide, AppealProcess.VAR_APPEAL_ID)
                .forEach((taskId, id) -> appealOfTask.put(taskId, UUID.fromString(id)));
        Map<UUID, AppealStore.Row> rows = store.byIds(Set.copyOf(appealOfTask.values())).stream()
                .collect(Collectors.toMap(AppealStore.Row::id, row -> row));
        Set<UUID> excluded = impartiality.excluded(rows.keySet(), user.username());
        List<Map.Entry<Task, AppealStore.Row>> open = decide.stream()
                .filter(task -> rows.containsKey(appealOfTask.get(task.getId())))
                .map(task -> Map.entry(task, rows.get(appealOfTask.get(task.getId()))))
                .filter(entry -> !excluded.contains(entry.getValue().id())).toList();
        Map<UUID, ApplicationLabel> labels = applications.labels(open.stream().map(e -> e.getValue().applicationId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> names = users.fullNames(open.stream().map(e -> e.getValue().appellant())
                .collect(Collectors.toSet()));
        return open.stream().map(entry -> {
            AppealStore.Row row = entry.getValue();
            ApplicationLabel application = row.applicationId() == null ? null : labels.get(row.applicationId());
            return new InboxItem(entry.getKey().getId(), STAGE, row.number(),
                    names.getOrDefault(row.appellant(), row.appellant()),
                    application == null ? null : application.roleCode(),
                    application == null ? null : application.roleTitle(),
                    row.applicationId(), application == null ? null : application.number(), "appeals/" + row.id());
        }).toList();
    }

    /** Panel members who took part in the contested decision (or are the appellant) may not receive it. */
    @Override
    public Set<String> excludedFrom(Task task, java.util.Collection<String> colleagues) {
        UUID appeal = appealOf(task);
        return colleagues.stream().filter(colleague -> impartiality.excluded(appeal, colleague))
                .collect(Collectors.toSet());
    }

    /** The appeal's steps name the hand-over, as they name the claim (the audit log records them). */
    @Override
    public void handedOver(CurrentUser holder, Task task, String colleague) {
        UUID appeal = appealOf(task);
        AppealStore.Row row = store.find(appeal).orElseThrow();
        events.publishEvent(new AppealStepRecorded(appeal, row.number(), row.applicationId(), "HANDED_OVER",
                holder.username(), colleague, ClockUtil.getCurrentTime().toInstant()));
    }

    private UUID appealOf(Task task) {
        return UUID.fromString(variables.text(List.of(task), AppealProcess.VAR_APPEAL_ID).get(task.getId()));
    }
}
