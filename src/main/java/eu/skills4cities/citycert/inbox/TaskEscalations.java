package eu.skills4cities.citycert.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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
    private final UserAccountService users;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final SlaProperties sla;
    private final AccountLinksProperties links;
    private final TaskEscalationStore store;
    private final Clock clock;

    TaskEscalations(TaskService taskService, StaffTaskService staffTasks, ApplicationService applications,
                    UserAccountService users, MailOutbox mail, MessageSource messages, SlaProperties sla,
                    AccountLinksProperties links, TaskEscalationStore store, Clock clock) {
        this.taskService = taskService;
        this.staffTasks = staffTasks;
        this.applications = applications;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.sla = sla;
        this.links = links;
        this.store = store;
        this.clock = clock;
    }

    /** Who is told: a name to greet, the address, and what the record keeps (a username or the address). */
    private record Recipient(String name, String email, String recorded) {

        static Recipient of(UserProfile user) {
            return new Recipient(user.fullName(), user.email(), user.username());
        }
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

        List<Recipient> recipients = recipients(stage, application.number());
        Object[] args = {null, application.number(), english("stage." + stage.name()), day(task.getCreateTime()),
                day(task.getDueDate()), task.getAssignee() == null ? english("inbox.unassigned") : task.getAssignee(),
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

    /** The stage's lead when one is configured and known, else every administrator. */
    private List<Recipient> recipients(Stage stage, String applicationNumber) {
        Optional<String> lead = sla.lead(stage);
        if (lead.isPresent() && lead.get().contains("@")) {
            return List.of(new Recipient(lead.get(), lead.get(), lead.get()));
        }
        Optional<UserProfile> leadAccount = lead.flatMap(users::find);
        if (leadAccount.isPresent()) {
            return List.of(Recipient.of(leadAccount.get()));
        }
        if (lead.isPresent()) {
            log.warn("The {} lead {} (citycert.sla.escalation) has no account; application {} is escalated "
                    + "to the administrators", stage, lead.get(), applicationNumber);
        }
        List<Recipient> administrators = users.withRole(Role.ADMIN).stream().map(Recipient::of).toList();
        if (administrators.isEmpty()) {
            log.warn("Nobody to tell about the escalated {} task of application {}: no lead, no administrator",
                    stage, applicationNumber);
        }
        return administrators;
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static String day(java.util.Date date) {
        return date == null ? "-" : DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atZone(ZoneOffset.UTC));
    }
}
