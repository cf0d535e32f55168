package eu.skills4cities.citycert.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.inbox.InboxItem;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.InboxWork;
import eu.skills4cities.citycert.inbox.TaskVariables;
import eu.skills4cities.citycert.inbox.WorkTasks;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint tasks in the staff inbox, under the rules of {@link ComplaintWork}: the officers'
 * group's unassigned tasks and the person's own (the quality manager's), none the person may not
 * handle ({@link ComplaintImpartiality}). Two stages: the triage, and the investigation (about the
 * body or about a certified person: the same people decide both with the same form, and the task's
 * name tells them apart). A row never names the complainant: it names the certified person a
 * complaint is about, and that certificate's role; it opens the complaint on the complaints page (the officers',
 * or for a quality manager who is no officer their own, {@code complaints/assigned}).
 */
@Component
class ComplaintInboxWork implements InboxWork {

    static final String TRIAGE = "COMPLAINT_TRIAGE";
    static final String INVESTIGATION = "COMPLAINT_INVESTIGATION";

    private final ComplaintStore store;
    private final ComplaintImpartiality impartiality;
    private final ComplaintProperties properties;
    private final TaskVariables variables;
    private final WorkTasks workTasks;

    ComplaintInboxWork(ComplaintStore store, ComplaintImpartiality impartiality,
                       ComplaintProperties properties, TaskVariables variables, WorkTasks workTasks) {
        this.workTasks = workTasks;
        this.variables = variables;
        this.store = store;
        this.impartiality = impartiality;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return "COMPLAINT";
    }

    @Override
    public String processKey() {
        return ComplaintProcess.PROCESS_KEY;
    }

    @Override
    public boolean worksOn(CurrentUser user) {
        return user.has(Role.CERTIFICATION_OFFICER) || user.username().equals(properties.qualityManager());
    }

    @Override
    public List<InboxStage> stages() {
        return List.of(
                new InboxStage(TRIAGE, ComplaintProcess.PROCESS_KEY, List.of(ComplaintProcess.ACTIVITY_TRIAGE),
                        "inbox.stage.COMPLAINT_TRIAGE"),
                new InboxStage(INVESTIGATION, ComplaintProcess.PROCESS_KEY,
                        List.of(ComplaintProcess.ACTIVITY_INVESTIGATE_BODY, ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER),
                        "inbox.stage.COMPLAINT_INVESTIGATION"));
    }

    @Override
    public String numberPrefix() {
        return "CP-";
    }

    /**
     * In a fixed number of queries whatever the number of open complaints: the tasks, their complaint ids,
     * the complaints, the certificates they name, and who judged those certificates' applications.
     */
    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> visibleTasks(CurrentUser user) {
        if (!worksOn(user)) {
            return List.of();
        }
        // by definition id (WorkTasks), not the task query's processDefinitionKey, which reads every open task of
        // every process; each of the three tasks waits in the officers' group (complaint.bpmn), so an officer
        // works those nobody holds and their own, anyone else (a quality manager) their own
        boolean officer = user.has(Role.CERTIFICATION_OFFICER);
        List<Task> workable = workTasks.open(ComplaintProcess.PROCESS_KEY, List.of(ComplaintProcess.ACTIVITY_TRIAGE,
                        ComplaintProcess.ACTIVITY_INVESTIGATE_BODY, ComplaintProcess.ACTIVITY_INVESTIGATE_HOLDER)).stream()
                .filter(task -> user.username().equals(task.getAssignee()) || (officer && task.getAssignee() == null))
                .filter(task -> ComplaintWork.mayWork(user, task)).toList();
        Map<String, UUID> complaintOfTask = new HashMap<>();
        variables.text(workable, ComplaintProcess.VAR_COMPLAINT_ID)
                .forEach((taskId, id) -> complaintOfTask.put(taskId, UUID.fromString(id)));
        Map<UUID, ComplaintStore.Row> complaints = store.byIds(complaintOfTask.values()).stream()
                .collect(Collectors.toMap(ComplaintStore.Row::id, row -> row));
        Map<String, CertificateInfo> named = impartiality.certificatesNamed(complaints.values());
        Set<UUID> excluded = impartiality.excluded(complaints.values(), named, user.username());
        List<InboxItem> items = new ArrayList<>();
        for (Task task : workable) {
            ComplaintStore.Row complaint = complaints.get(complaintOfTask.get(task.getId()));
            if (complaint != null && !excluded.contains(complaint.id())) {
                items.add(item(user, task, complaint, complaint.certificateNumber() == null ? null
                        : named.get(complaint.certificateNumber())));
            }
        }
        return items;
    }

    private static InboxItem item(CurrentUser user, Task task, ComplaintStore.Row complaint,
                                  CertificateInfo certificate) {
        String stage = ComplaintProcess.ACTIVITY_TRIAGE.equals(task.getTaskDefinitionKey()) ? TRIAGE : INVESTIGATION;
        // the certified person the complaint is about, never the complainant (who stays anonymous)
        return new InboxItem(task.getId(), stage, complaint.number(),
                certificate == null ? null : certificate.holderName(),
                certificate == null ? null : certificate.roleCode(), certificate == null ? null : certificate.roleTitle(),
                null, null, (user.has(Role.CERTIFICATION_OFFICER) ? "complaints/" : "complaints/assigned/")
                + complaint.number());
    }

    /** An officer hands on the task they hold, or one of the officers' group that nobody holds yet. */
    @Override
    public boolean mayHandOver(CurrentUser user, Task task) {
        return ComplaintWork.mayWork(user, task);
    }

    /** The complainant, the certified person and whoever judged their certification may not receive it. */
    @Override
    public Set<String> excludedFrom(Task task, java.util.Collection<String> colleagues) {
        UUID complaint = UUID.fromString(variables.text(List.of(task), ComplaintProcess.VAR_COMPLAINT_ID)
                .get(task.getId()));
        return colleagues.stream().filter(colleague -> impartiality.partiality(complaint, colleague).isPresent())
                .collect(java.util.stream.Collectors.toSet());
    }
}
