package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import eu.skills4cities.citycert.security.UserProfile;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspended certificates: the officers' open decisions (with what the holder said), the holder's
 * statement and documents, and the escalation of a suspension that outlived its maximum period.
 */
@Service
public class Suspensions {

    private static final Logger log = LoggerFactory.getLogger(Suspensions.class);
    /** The priority of an escalated task, as the inbox's SLA escalations set it (inbox.StaffTask). */
    static final int ESCALATED_PRIORITY = 80;
    public static final int MAX_STATEMENT = 4000;
    public static final int MAX_DOCUMENTS = 5;
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final CertificateStore certificates;
    private final LifecycleStore store;
    private final TaskService tasks;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final Clock clock;
    private final FrameworkCatalogue framework;

    Suspensions(CertificateStore certificates, LifecycleStore store, TaskService tasks, UserAccountService users,
                MailOutbox mail, AccountLinksProperties links, Clock clock, FrameworkCatalogue framework) {
        this.framework = framework;
        this.certificates = certificates;
        this.store = store;
        this.tasks = tasks;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
    }

    /**
     * A suspended certificate awaiting the officers' decision.
     *
     * @param suspendedUntil when the maximum period ends (the task's due date)
     * @param escalated      true once the maximum period ended without a decision
     */
    public record OpenSuspension(CertificateInfo certificate, String taskId, String reason, Instant suspendedSince,
                                 Instant suspendedUntil, boolean escalated, List<HolderStatement> statements) {
    }

    /** A document the holder gives with a statement. */
    public record NewDocument(String fileName, String contentType, byte[] content) {
    }

    /** The suspended certificates awaiting a decision, longest waiting first; for certification officers. */
    @Transactional(readOnly = true)
    public List<OpenSuspension> open(CurrentUser officer) {
        requireOfficer(officer);
        List<OpenSuspension> open = new ArrayList<>();
        for (Task task : awaiting().orderByTaskCreateTime().asc().list()) {
            String number = (String) tasks.getVariable(task.getId(), LifecycleProcess.VAR_NUMBER);
            certificates.byNumber(number).ifPresent(certificate -> {
                Instant since = since(certificate);
                open.add(new OpenSuspension(certificate, task.getId(), reason(certificate), since,
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        task.getPriority() >= ESCALATED_PRIORITY, store.statements(certificate.id(), since)));
            });
        }
        return open;
    }

    /** How many suspended certificates await the officers' decision (the rows of {@link #open(CurrentUser)}). */
    @Transactional(readOnly = true)
    public long awaitingDecision(CurrentUser officer) {
        requireOfficer(officer);
        return awaiting().count();
    }

    /**
     * How many of those reach the end of their maximum period within the days (or have passed it,
     * escalated): the task's due date is that end.
     */
    @Transactional(readOnly = true)
    public long endingWithin(CurrentUser officer, int days) {
        requireOfficer(officer);
        return awaiting().dueBefore(Date.from(clock.instant().plus(Duration.ofDays(days)))).count();
    }

    private TaskQuery awaiting() {
        return tasks.createTaskQuery().processDefinitionKey(LifecycleProcess.PROCESS_KEY)
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED);
    }

    /** The open suspension of one certificate, for certification officers. */
    @Transactional(readOnly = true)
    public Optional<OpenSuspension> open(CurrentUser officer, String number) {
        return open(officer).stream().filter(s -> s.certificate().number().equals(number)).findFirst();
    }

    /** The reason the holder was given for the current suspension of their certificate. */
    @Transactional(readOnly = true)
    public String suspensionReason(CurrentUser holder, String number) {
        return reason(ownSuspended(holder, number));
    }

    private String reason(CertificateInfo certificate) {
        List<CertificateStore.StatusRecord> history = certificates.statusHistory(certificate.number());
        for (int i = history.size() - 1; i >= 0; i--) {
            if (CertificateStatus.SUSPENDED.name().equals(history.get(i).status())) {
                return history.get(i).reason();
            }
        }
        return "";
    }

    /** The holder's statements on their certificate's current suspension. */
    @Transactional(readOnly = true)
    public List<HolderStatement> statements(CurrentUser holder, String number) {
        CertificateInfo certificate = ownSuspended(holder, number);
        return store.statements(certificate.id(), since(certificate));
    }

    /** Every statement the holder wrote, by certificate number, for their data export. */
    @Transactional(readOnly = true)
    public Map<String, List<HolderStatement>> statementsOf(CurrentUser holder) {
        return store.statementsBy(holder.username());
    }

    /**
     * The holder answers the suspension of their certificate with a statement and documents; the
     * officers see it with their decision task.
     *
     * @throws InvalidInputException when the text is missing or too long, or a document is unfit
     * @throws RefusedException      when the certificate is not suspended
     */
    @Transactional
    public HolderStatement submit(CurrentUser holder, String number, String text, List<NewDocument> documents) {
        CertificateInfo certificate = ownSuspended(holder, number);
        String statement = text == null ? "" : text.strip();
        List<UserMessage> problems = new ArrayList<>();
        if (statement.isEmpty()) {
            problems.add(UserMessage.of("problem.lifecycle.statement-missing"));
        } else if (statement.length() > MAX_STATEMENT) {
            problems.add(UserMessage.of("problem.lifecycle.statement-length", MAX_STATEMENT, statement.length()));
        }
        if (documents.size() > MAX_DOCUMENTS) {
            problems.add(UserMessage.of("problem.lifecycle.documents-count", MAX_DOCUMENTS));
        }
        for (NewDocument document : documents) {
            if (document.content().length == 0 || document.content().length > MAX_DOCUMENT_BYTES) {
                problems.add(UserMessage.of("problem.lifecycle.document-size", document.fileName(),
                        MAX_DOCUMENT_BYTES / (1024 * 1024)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.lifecycle.refused", problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertStatement(id, certificate.id(), holder.username(), statement, now);
        for (NewDocument document : documents) {
            store.insertDocument(UUID.randomUUID(), id, fileName(document.fileName()),
                    document.contentType() == null || document.contentType().isBlank()
                            ? "application/octet-stream" : document.contentType(), document.content());
        }
        log.info("Certificate {}: the holder answered the suspension ({} document(s))", number, documents.size());
        return store.statements(certificate.id(), now).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** A document of a statement, for its author and for certification officers, auditors and administrators. */
    @Transactional(readOnly = true)
    LifecycleStore.StoredDocument document(CurrentUser user, UUID documentId) {
        LifecycleStore.StoredDocument document = store.document(documentId)
                .orElseThrow(() -> NotFoundException.of("lifecycle.document-not-found"));
        boolean holder = certificates.number(document.certificateId()).flatMap(certificates::byNumber)
                .filter(c -> c.holderUsername().equals(user.username())).isPresent();
        if (!holder && !user.hasAnyOf(Role.CERTIFICATE_READERS)) {
            throw NotFoundException.of("lifecycle.document-not-found");
        }
        return document;
    }

    /**
     * Erases what the holder wrote and uploaded in answer to suspensions, for the deletion of their
     * account (as the application's statements and documents are); the decisions stay recorded.
     */
    @Transactional
    public void erasePersonalContent(CurrentUser holder) {
        int erased = store.deleteStatementsOf(holder.username());
        if (erased > 0) {
            log.info("{} statement(s) of {} on suspensions erased with the account", erased, holder.username());
        }
    }

    /**
     * Escalates the open decision on a suspended certificate whose maximum period ended: the task's
     * priority is raised, every certification officer (or, when there is none, every administrator)
     * is mailed, and the escalation recorded. Called at every tick until somebody decides.
     */
    @Transactional
    public void escalate(String processInstanceId) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED).singleResult();
        if (task == null) {
            log.warn("No open suspension decision in process instance {} to escalate", processInstanceId);
            return;
        }
        String number = (String) tasks.getVariable(task.getId(), LifecycleProcess.VAR_NUMBER);
        CertificateInfo certificate = certificates.byNumber(number).orElseThrow();
        tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
        List<UserProfile> recipients = users.withRole(Role.CERTIFICATION_OFFICER);
        if (recipients.isEmpty()) {
            recipients = users.withRole(Role.ADMIN);
        }
        Instant since = task.getCreateTime().toInstant();
        for (UserProfile recipient : recipients) {
            mail.queue(recipient.email(), "certificate-suspension-escalated", recipient.fullName(), number,
                    CertificateLifecycle.what(certificate, framework), since.toString().substring(0, 10),
                    task.getDueDate() == null ? "-" : task.getDueDate().toInstant().toString().substring(0, 10),
                    links.publicUrl() + "/certificates/suspended");
        }
        List<String> notified = recipients.stream().map(UserProfile::username).toList();
        store.insertEscalation(certificate.id(), task.getId(), clock.instant(), notified);
        log.warn("Suspension of certificate {} undecided since {}: escalated to {}", number, since, notified);
    }

    /** How often the certificate's current suspension was escalated. */
    @Transactional(readOnly = true)
    public int escalations(String number) {
        CertificateInfo certificate = certificates.byNumber(number).orElseThrow();
        return store.escalations(certificate.id(), since(certificate));
    }

    private CertificateInfo ownSuspended(CurrentUser holder, String number) {
        CertificateInfo certificate = certificates.byNumber(number)
                .filter(c -> c.holderUsername().equals(holder.username()))
                .orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        if (!CertificateStatus.SUSPENDED.name().equals(certificate.recordedStatus())) {
            throw RefusedException.conflict("problem.lifecycle.not-suspended", number);
        }
        return certificate;
    }

    private Instant since(CertificateInfo certificate) {
        return certificates.suspendedSince(certificate.id()).orElse(Instant.EPOCH);
    }

    private static void requireOfficer(CurrentUser user) {
        if (!user.has(Role.CERTIFICATION_OFFICER)) {
            throw new AccessDeniedException("Only certification officers decide on suspended certificates");
        }
    }

    /** The file's own name, without any path a browser sent. */
    private static String fileName(String name) {
        String plain = name == null ? "" : name.replace('\\', '/');
        plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
        plain = plain.isEmpty() ? "document" : plain;
        return plain.length() > 255 ? plain.substring(plain.length() - 255) : plain;
    }
}
