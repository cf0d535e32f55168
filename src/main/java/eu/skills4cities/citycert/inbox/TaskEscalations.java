package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.EscalationRecipients;
import eu.skills4cities.citycert.security.EscalationRecipients.Recipient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates a staff task that has waited longer than its stage allows (the BPMN timer on
 * each staff task calls this): the task is marked escalated, the stage's lead, or else every
 * administrator, is mailed, and the escalation is recorded.
 */
@Service
public class TaskEscalations {

    private static final Logger log = LoggerFactory.getLogger(TaskEscalations.class);
    private static final String MAIL_KEY = "task-escalated";

    private final TaskService taskService;
    private final StaffTaskService staffTasks;
    private final ApplicationService applications;
    private final EscalationRecipients recipients;
    private final MailOutbox mail;
    private final SlaProperties sla;
    private final AccountLinksProperties links;
    private final TaskEscalationStore store;
    private final Clock clock;

    TaskEscalations(TaskService taskService, StaffTaskService staffTasks, ApplicationService applications,
                    EscalationRecipients recipients, MailOutbox mail, SlaProperties sla,
                    AccountLinksProperties links, TaskEscalationStore store, Clock clock) {
        this.taskService = taskService;
        this.staffTasks = staffTasks;
        this.applications = applications;
        this.recipients = recipients;
        this.mail = mail;
        this.sla = sla;
        this.links = links;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Escalates the open task of the stage in the process instance. The task stays where it
     * is, with whoever has claimed it.
     */
    @Transactional
    public void escalate(String processInstanceId, Stage stage) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(stage.activityId()).singleResult();
        if (task == null) {
            log.warn("No open {} task in process instance {} to escalate", stage, processInstanceId);
            return;
        }
        UUID applicationId = UUID.fromString(
                (String) taskService.getVariable(task.getId(), CertificationProcess.VAR_APPLICATION_ID));
        ApplicationDetails application = applications.details(applicationId);
        taskService.setPriority(task.getId(), Math.max(task.getPriority(), StaffTask.ESCALATED_PRIORITY));

        List<Recipient> recipients = this.recipients.leadOrAdministrators(sla.lead(stage).orElse(null),
                "citycert.sla.escalation", "the " + stage + " task of application " + application.number());
        Object[] args = {null, application.number(), label("stage." + stage.name()), day(task.getCreateTime()),
                day(task.getDueDate()), task.getAssignee() == null ? label("inbox.unassigned") : task.getAssignee(),
                links.publicUrl() + "/inbox/" + task.getId()};
        for (Recipient recipient : recipients) {
            args[0] = recipient.name();
            mail.queue(recipient.email(), MAIL_KEY, args);
        }
        List<String> notified = recipients.stream().map(Recipient::recorded).toList();
        store.insert(applicationId, stage, task.getId(), clock.instant(), notified);
        log.info("Task {} ({}) of application {} escalated after waiting since {}; told {}", task.getId(), stage,
                application.number(), task.getCreateTime().toInstant(), notified);
    }

    /** When the task was escalated and who was told, if it was; for anybody who may see the task. */
    @Transactional(readOnly = true)
    public Optional<TaskEscalation> of(CurrentUser user, String taskId) {
        staffTasks.get(user, taskId);
        return store.latest(taskId);
    }

    /** Every escalation of the application's tasks, oldest first: for its case record (the caller checks access). */
    @Transactional(readOnly = true)
    public List<TaskEscalation> forApplication(UUID applicationId) {
        return store.forApplication(applicationId);
    }

    /** A label the outbox writes in each recipient's language. */
    private static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static String day(java.util.Date date) {
        return date == null ? "-" : DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atZone(ZoneOffset.UTC));
    }
}
