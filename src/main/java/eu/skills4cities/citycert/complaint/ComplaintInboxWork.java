package eu.skills4cities.citycert.complaint;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.inbox.InboxItem;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.InboxWork;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
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

    private final TaskService tasks;
    private final ComplaintStore store;
    private final ComplaintImpartiality impartiality;
    private final ComplaintProperties properties;
    private final CertificateService certificates;

    ComplaintInboxWork(TaskService tasks, ComplaintStore store, ComplaintImpartiality impartiality,
                       ComplaintProperties properties, CertificateService certificates) {
        this.tasks = tasks;
        this.store = store;
        this.impartiality = impartiality;
        this.properties = properties;
        this.certificates = certificates;
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

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> visibleTasks(CurrentUser user) {
        if (!worksOn(user)) {
            return List.of();
        }
        var query = tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.PROCESS_KEY);
        if (user.has(Role.CERTIFICATION_OFFICER)) {
            query.or().taskAssignee(user.username()).taskCandidateGroup(ComplaintProcess.OFFICERS_GROUP).endOr();
        } else {
            query.taskAssignee(user.username());
        }
        return query.list().stream().filter(task -> ComplaintWork.mayWork(user, task))
                .flatMap(task -> store.byId(complaintOf(task))
                        .filter(complaint -> impartiality.partiality(complaint.id(), user.username()).isEmpty())
                        .map(complaint -> item(user, task, complaint)).stream())
                .toList();
    }

    private InboxItem item(CurrentUser user, Task task, ComplaintStore.Row complaint) {
        CertificateInfo certificate = complaint.certificateNumber() == null ? null
                : certificates.byNumber(complaint.certificateNumber()).orElse(null);
        String stage = ComplaintProcess.ACTIVITY_TRIAGE.equals(task.getTaskDefinitionKey()) ? TRIAGE : INVESTIGATION;
        // the certified person the complaint is about, never the complainant (who stays anonymous)
        return new InboxItem(task.getId(), stage, complaint.number(),
                certificate == null ? null : certificate.holderName(),
                certificate == null ? null : certificate.roleCode(), certificate == null ? null : certificate.roleTitle(),
                null, null, (user.has(Role.CERTIFICATION_OFFICER) ? "complaints/" : "complaints/assigned/")
                + complaint.number());
    }

    private UUID complaintOf(Task task) {
        return UUID.fromString((String) tasks.getVariable(task.getId(), ComplaintProcess.VAR_COMPLAINT_ID));
    }
}
