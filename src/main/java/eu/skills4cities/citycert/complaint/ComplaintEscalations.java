package eu.skills4cities.citycert.complaint;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.EscalationRecipients;
import eu.skills4cities.citycert.security.EscalationRecipients.Recipient;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates a complaint whose due date passed without an outcome, as staff tasks are escalated
 * ({@code inbox.TaskEscalations}): its open task (the triage or the investigation) is marked escalated, the
 * lead ({@code citycert.complaints.escalation-lead}) or else every administrator is mailed, and the step is
 * recorded for the audit log. The due-date timer calls it after the complainant's progress notice.
 */
@Service
public class ComplaintEscalations {

    /** The priority of an escalated complaint task: the staff inbox's, which lists complaint tasks too. */
    public static final int ESCALATED_PRIORITY = StaffTask.ESCALATED_PRIORITY;

    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalations.class);

    private final ComplaintStore store;
    private final TaskService tasks;
    private final EscalationRecipients recipients;
    private final MailOutbox mail;
    private final ComplaintProperties properties;
    private final AccountLinksProperties links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintEscalations(ComplaintStore store, TaskService tasks, EscalationRecipients recipients, MailOutbox mail,
                         ComplaintProperties properties, AccountLinksProperties links, ApplicationEventPublisher events,
                         Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.recipients = recipients;
        this.mail = mail;
        this.properties = properties;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks the complaint's open task escalated and tells the lead or the administrators, once per complaint (a
     * retried step mails nobody twice). The task stays with whoever has claimed it; a closed complaint is left alone.
     */
    @Transactional
    public void escalate(UUID complaintId) {
        ComplaintStore.Row complaint = store.byId(complaintId)
                .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
        Task task = complaint.processInstance() == null ? null
                : tasks.createTaskQuery().processInstanceId(complaint.processInstance()).singleResult();
        if (complaint.statusValue() == ComplaintStatus.CLOSED || task == null) {
            log.info("Complaint {} has no open task to escalate", complaint.number());
            return;
        }
        tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
        List<Recipient> recipients = this.recipients.leadOrAdministrators(properties.escalationLead(),
                "citycert.complaints.escalation-lead", "complaint " + complaint.number());
        for (Recipient recipient : recipients) {
            mail.queueOnce("complaint/" + complaintId + "/escalated/" + recipient.recorded(), recipient.email(),
                    "complaint-escalated", recipient.name(), complaint.number(), task.getName(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(complaint.dueAt().toInstant().atZone(ZoneOffset.UTC)),
                    task.getAssignee() == null ? "-" : task.getAssignee(), links.publicUrl() + "/complaints");
        }
        List<String> notified = recipients.stream().map(Recipient::recorded).toList();
        events.publishEvent(new ComplaintRecorded(complaintId, complaint.number(), ComplaintRecorded.Step.ESCALATED,
                null, complaint.subjectValue(), complaint.certificateNumber(), task.getTaskDefinitionKey(),
                String.join(", ", notified), clock.instant()));
        log.info("Complaint {}: task {} ({}) escalated after its due date; told {}", complaint.number(), task.getId(),
                task.getTaskDefinitionKey(), notified);
    }
}
