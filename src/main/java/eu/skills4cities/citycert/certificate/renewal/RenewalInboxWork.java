package eu.skills4cities.citycert.certificate.renewal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess;
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
 * The reviewers' renewal checks ("Check the renewal" in the certificate's lifecycle) in the staff inbox,
 * for reviewers the renewal's impartiality does not exclude ({@link RenewalChecks#partiality}): not the
 * holder, nobody who reviewed or assessed the certificate's application, nobody an upheld appeal excluded.
 * A row names the certificate (its number), its holder and its role; it opens the check's page.
 */
@Component
class RenewalInboxWork implements InboxWork {

    static final String STAGE = "RENEWAL_CHECK";

    private final WorkTasks workTasks;
    private final TaskVariables variables;
    private final RenewalChecks checks;

    RenewalInboxWork(WorkTasks workTasks, TaskVariables variables, RenewalChecks checks) {
        this.workTasks = workTasks;
        this.variables = variables;
        this.checks = checks;
    }

    @Override
    public String kind() {
        return "RENEWAL";
    }

    @Override
    public String processKey() {
        return LifecycleProcess.PROCESS_KEY;
    }

    @Override
    public boolean worksOn(CurrentUser user) {
        return user.has(Role.REVIEWER);
    }

    @Override
    public List<InboxStage> stages() {
        return List.of(new InboxStage(STAGE, LifecycleProcess.PROCESS_KEY, List.of(RenewalProcess.ACTIVITY_CHECK),
                "inbox.stage.RENEWAL_CHECK"));
    }

    @Override
    public String numberPrefix() {
        return "CC-";
    }

    /**
     * The checks of the reviewers' group (taken or not) and the person's own, in a fixed number of queries whatever
     * the number of open checks: the tasks (two), their renewal ids, the renewals' certificates (two), and the
     * impartiality rules over them all (two).
     */
    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> visibleTasks(CurrentUser user) {
        if (!worksOn(user)) {
            return List.of();
        }
        // by process and activity alone (WorkTasks: two statements, the engine's index): a condition on the
        // candidate groups here would join the identity links of every open task, the certification tasks' too,
        // on each inbox page; the inbox applies the scope (mine, my groups') to these tasks itself
        boolean reviewer = user.engineGroups().contains(RenewalProcess.REVIEWERS_GROUP);
        List<Task> open = workTasks.open(LifecycleProcess.PROCESS_KEY, List.of(RenewalProcess.ACTIVITY_CHECK)).stream()
                .filter(task -> reviewer || user.username().equals(task.getAssignee())).toList();
        Map<String, UUID> renewalOfTask = new HashMap<>();
        variables.text(open, RenewalProcess.VAR_RENEWAL_ID)
                .forEach((taskId, id) -> renewalOfTask.put(taskId, UUID.fromString(id)));
        Map<UUID, CertificateInfo> certificates = checks.certificatesOf(Set.copyOf(renewalOfTask.values()));
        Set<UUID> excluded = checks.excluded(certificates, user.username());
        List<InboxItem> items = new ArrayList<>();
        for (Task task : open) {
            UUID renewal = renewalOfTask.get(task.getId());
            CertificateInfo certificate = renewal == null ? null : certificates.get(renewal);
            if (certificate != null && !excluded.contains(renewal)) {
                items.add(new InboxItem(task.getId(), STAGE, certificate.number(), certificate.holderName(),
                        certificate.roleCode(), certificate.roleTitle(), null, null, "renewals/" + task.getId()));
            }
        }
        return items;
    }

    /** The holder, whoever reviewed or assessed the certificate's application, and those an appeal excluded. */
    @Override
    public Set<String> excludedFrom(Task task, java.util.Collection<String> colleagues) {
        UUID renewal = UUID.fromString(variables.text(List.of(task), RenewalProcess.VAR_RENEWAL_ID).get(task.getId()));
        return colleagues.stream().filter(colleague -> checks.partiality(renewal, colleague).isPresent())
                .collect(java.util.stream.Collectors.toSet());
    }
}
