package eu.skills4cities.citycert.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.application.ApplicationLabel;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.InboxItem;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.InboxWork;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeals panel's tasks in the staff inbox: "Decide the appeal", for panel members the appeal's
 * impartiality does not exclude ({@link AppealImpartiality}). The appellant's own task (giving the
 * panel what it asked for) is theirs, not staff work, and is not listed. A row names the appellant
 * and the role of the contested application; it opens the appeal's page.
 */
@Component
class AppealInboxWork implements InboxWork {

    static final String STAGE = "APPEAL";

    private final TaskService tasks;
    private final AppealStore store;
    private final AppealImpartiality impartiality;
    private final ApplicationService applications;
    private final UserAccountService users;

    AppealInboxWork(TaskService tasks, AppealStore store, AppealImpartiality impartiality,
                    ApplicationService applications, UserAccountService users) {
        this.tasks = tasks;
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

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> visibleTasks(CurrentUser user) {
        if (!worksOn(user)) {
            return List.of();
        }
        List<Map.Entry<Task, AppealStore.Row>> open = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(AppealProcess.PROCESS_KEY)
                .taskDefinitionKey(AppealProcess.ACTIVITY_DECIDE).list()) {
            UUID id = UUID.fromString((String) tasks.getVariable(task.getId(), AppealProcess.VAR_APPEAL_ID));
            store.find(id).filter(row -> !impartiality.excluded(row.id(), user.username()))
                    .ifPresent(row -> open.add(Map.entry(task, row)));
        }
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
}
