package eu.skills4cities.citycert.certificate.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.certificate.CertificateExpired;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.lifecycle.LifecycleProcess.SuspensionDecision;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.SchemeSettings;
import eu.skills4cities.citycert.notification.ByLanguage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate's lifecycle process: started when a certificate is issued (or, for older ones, at
 * start-up), moved on by the register's decisions (a suspension starts the officer's task, a
 * reinstatement or withdrawal completes it or ends the process), and the work its steps do:
 * planning the timers from the role's scheme, reminding the holder, recording the expiry. Every
 * method runs in the caller's transaction, so the status and the process step commit together.
 *
 * <p>The process's own time is the engine's ({@link ClockUtil}), the same clock its timers use.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CertificateLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CertificateLifecycle.class);
    /** Who the status history names for a change the process records itself. */
    public static final String SYSTEM_ACTOR = "citycert";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CertificateStore certificates;
    private final LifecycleStore store;
    private final FrameworkCatalogue framework;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final LifecycleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecertificationDue recertification;

    CertificateLifecycle(RuntimeService runtime, TaskService tasks, CertificateStore certificates, LifecycleStore store,
                         FrameworkCatalogue framework, UserAccountService users, MailOutbox mail,
                         AccountLinksProperties links, LifecycleProperties properties,
                         ApplicationEventPublisher events, Clock clock, RecertificationDue recertification) {
        this.recertification = recertification;
        this.runtime = runtime;
        this.tasks = tasks;
        this.certificates = certificates;
        this.store = store;
        this.framework = framework;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- starting

    /**
     * Starts the certificate's lifecycle process, unless it has one: in the issuing transaction (a
     * rolled-back issue starts nothing), and at start-up for certificates issued before. A
     * certificate recorded as suspended gets its officer's task at once.
     */
    public void start(CertificateInfo certificate) {
        if (certificates.lifecycleProcess(certificate.id()).isPresent()) {
            return;
        }
        ProcessInstance instance = runtime.startProcessInstanceByKey(LifecycleProcess.PROCESS_KEY,
                certificate.number(), Map.of(LifecycleProcess.VAR_NUMBER, certificate.number()));
        certificates.lifecycleStarted(certificate.id(), instance.getId());
        if (CertificateStatus.SUSPENDED.name().equals(certificate.recordedStatus())) {
            suspended(certificate, certificates.suspendedSince(certificate.id()).orElse(now()));
        }
        log.info("Lifecycle process {} started for certificate {}", instance.getId(), certificate.number());
    }

    /**
     * Starts a new lifecycle process for a certificate whose process ended by a decision that has been
     * reversed on appeal (a withdrawal): its reminders and expiry are planned again from its own dates.
     */
    public void restart(CertificateInfo certificate) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(LifecycleProcess.PROCESS_KEY,
                certificate.number(), Map.of(LifecycleProcess.VAR_NUMBER, certificate.number()));
        certificates.lifecycleStarted(certificate.id(), instance.getId());
        log.info("Lifecycle process {} started again for certificate {}", instance.getId(), certificate.number());
    }

    /** Sets the timers of a new instance from the role's scheme settings of the certificate's framework version. */
    public void plan(VariableScope process) {
        CertificateInfo certificate = certificate(LifecycleProcess.number(process));
        SchemeSettings scheme = scheme(certificate);
        Instant expiresAt = certificate.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        process.setVariable(LifecycleProcess.VAR_EXPIRES_AT, Date.from(expiresAt));
        process.setVariable(LifecycleProcess.VAR_REMINDER_LADDER, String.join(",",
                scheme.renewalReminderDays().stream().sorted(Comparator.reverseOrder())
                        .map(String::valueOf).toList()));
        process.setVariable(LifecycleProcess.VAR_MAX_SUSPENSION_MONTHS, scheme.maxSuspensionMonths());
        // rungs already passed (a certificate given its process late) are not sent after the fact
        Instant now = now();
        LifecycleProcess.setNextReminder(process, LifecycleProcess.reminderLadder(process).stream()
                .filter(days -> expiresAt.minus(Duration.ofDays(days)).isAfter(now)).findFirst());
        // the recertification notice, when the chain falls due while this certificate is valid
        Instant noticeAt = recertification.dueFrom(certificate)
                .map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()).filter(at -> at.isBefore(expiresAt))
                .orElse(expiresAt.plus(Duration.ofDays(1)));
        process.setVariable(LifecycleProcess.VAR_RECERTIFICATION_NOTICE_AT, Date.from(noticeAt));
        log.info("Certificate {}: expires at {}, reminders {} days before, suspensions up to {} months",
                certificate.number(), expiresAt, scheme.renewalReminderDays(), scheme.maxSuspensionMonths());
    }

    private SchemeSettings scheme(CertificateInfo certificate) {
        return Optional.ofNullable(certificate.frameworkVersionId())
                .flatMap(version -> framework.role(version, certificate.roleCode()))
                .map(PublishedRole::role).map(RoleDefinition::scheme).orElseGet(SchemeSettings::defaults);
    }

    // ---- the register's decisions, as steps of the process

    /** The officer suspended the certificate: the suspension path starts with the officer's task. */
    public void suspended(CertificateInfo certificate, Instant at) {
        ProcessInstance instance = running(certificate.number())
                .orElseThrow(() -> new IllegalStateException("No lifecycle process for " + certificate.number()));
        Object months = runtime.getVariable(instance.getId(), LifecycleProcess.VAR_MAX_SUSPENSION_MONTHS);
        int maxMonths = months == null ? SchemeSettings.DEFAULT_MAX_SUSPENSION_MONTHS : (Integer) months;
        Instant until = at.atZone(ZoneOffset.UTC).plusMonths(maxMonths).toInstant();
        runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_SUSPENDED)
                .processInstanceId(instance.getId())
                .setVariable(LifecycleProcess.VAR_SUSPENDED_UNTIL, Date.from(until))
                .setVariable(LifecycleProcess.VAR_ESCALATION_CYCLE, "R/" + DateTimeFormatter.ISO_INSTANT.format(until)
                        + "/" + properties.escalationRepeat())
                .correlate();
        log.info("Certificate {} suspended; the officers decide by {}", certificate.number(), until);
    }

    /** The officer lifted the suspension: the officer's task is completed. */
    public void reinstated(CertificateInfo certificate) {
        decideTask(certificate.number()).ifPresentOrElse(
                task -> tasks.complete(task.getId(), Map.of(LifecycleProcess.VAR_SUSPENSION_DECISION,
                        SuspensionDecision.REINSTATE.name())),
                () -> log.warn("Certificate {} reinstated without an open decision task", certificate.number()));
    }

    /**
     * The officer withdrew the certificate: a suspended one's task is completed, else the running
     * process is ended by the withdrawal message; a certificate whose process ended already (expired,
     * superseded) has nothing left to move.
     */
    public void withdrawn(CertificateInfo certificate) {
        Optional<Task> task = decideTask(certificate.number());
        if (task.isPresent()) {
            tasks.complete(task.get().getId(), Map.of(LifecycleProcess.VAR_SUSPENSION_DECISION,
                    SuspensionDecision.WITHDRAW.name()));
        } else if (running(certificate.number()).isPresent()) {
            runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_WITHDRAWAL_DECIDED)
                    .processInstanceBusinessKey(certificate.number()).correlate();
        }
    }

    /**
     * Later certificates cover these: their processes end. The process that is itself issuing the
     * successor (a renewal accepted inside the certificate's own lifecycle) is not sent the message:
     * it ends on its own path ("Renewed").
     */
    public void superseded(List<UUID> certificateIds) {
        Optional<String> asking = callingInstance();
        for (String number : certificates.numbers(certificateIds)) {
            Optional<ProcessInstance> instance = running(number);
            if (instance.isPresent() && !asking.equals(Optional.of(instance.get().getId()))) {
                runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_SUPERSEDED)
                        .processInstanceBusinessKey(number).correlate();
                log.info("Lifecycle of certificate {} ended: superseded", number);
            }
        }
    }

    /**
     * The process instance whose step is running in this thread, if any. Camunda's public API has no
     * such question; its internal {@code Context} is stable across 7.x and is only read here.
     */
    private static Optional<String> callingInstance() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null ? Optional.empty()
                : Optional.ofNullable(context.getExecution().getProcessInstanceId());
    }

    // ---- the process's own steps

    /** Mails the holder the reminder of this rung, once. */
    public void remind(String number, int daysBefore) {
        CertificateInfo certificate = certificate(number);
        if (certificate.status(today()) != CertificateStatus.ACTIVE) {
            log.info("Certificate {} is {}: no reminder {} days before expiry", number,
                    certificate.status(today()), daysBefore);
            return;
        }
        if (!store.reminderSent(certificate.id(), daysBefore, now())) {
            log.info("Certificate {}: the reminder {} days before expiry was sent before", number, daysBefore);
            return;
        }
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "certificate-expiry-reminder", holder.fullName(), number,
                        what(certificate, framework), daysBefore, certificate.validUntil().toString(),
                        links.publicUrl() + "/certificates"));
        log.info("Certificate {}: holder reminded {} days before expiry", number, daysBefore);
    }

    /** Tells the holder, once, that the certificate's chain is due for recertification (while it counts). */
    public void recertificationDue(String number) {
        CertificateInfo certificate = certificate(number);
        CertificateStatus status = certificate.status(today());
        LocalDate due = recertification.dueFrom(certificate).orElse(null);
        if (due == null || status != CertificateStatus.ACTIVE) {
            log.info("Certificate {} is {}: no recertification notice", number, status);
            return;
        }
        if (!store.recertificationNoticeSent(certificate.id(), due, now())) {
            log.info("Certificate {}: the recertification notice was sent before", number);
            return;
        }
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "certificate-recertification-due", holder.fullName(), number,
                        what(certificate, framework), recertification.originIssuedOn(certificate).toString(),
                        recertification.years(certificate), due.toString(), links.publicUrl() + "/certificates"));
        log.info("Certificate {}: holder told recertification is due from {}", number, due);
    }

    /** Records the expiry at the end of the last valid day and mails the holder; once. */
    public void expire(String number) {
        CertificateInfo certificate = certificates.lock(number).orElseThrow();
        boolean counts = certificate.supersededBy() == null
                && (CertificateStatus.ACTIVE.name().equals(certificate.recordedStatus())
                || CertificateStatus.SUSPENDED.name().equals(certificate.recordedStatus()));
        if (!counts) {
            log.info("Certificate {} is {} already: expiry not recorded", number, certificate.recordedStatus());
            return;
        }
        Instant at = clock.instant();
        certificates.changeStatus(certificate.id(), CertificateStatus.EXPIRED.name(), "", SYSTEM_ACTOR, at, null);
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder ->
                mail.queue(holder.email(), "certificate-expired", holder.fullName(), number, what(certificate, framework),
                        certificate.validUntil().toString()));
        events.publishEvent(new CertificateExpired(certificate.id(), number, certificate.holderUsername(),
                certificate.validUntil(), at));
        log.info("Certificate {} expired (valid until {})", number, certificate.validUntil());
    }

    // ---- reading

    /** The officer's open task on the suspended certificate, if there is one. */
    Optional<Task> decideTask(String number) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(LifecycleProcess.PROCESS_KEY)
                .processInstanceBusinessKey(number).taskDefinitionKey(LifecycleProcess.ACTIVITY_DECIDE_SUSPENDED)
                .singleResult());
    }

    Optional<ProcessInstance> running(String number) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(LifecycleProcess.PROCESS_KEY).processInstanceBusinessKey(number)
                .singleResult());
    }

    private CertificateInfo certificate(String number) {
        return certificates.byNumber(number)
                .orElseThrow(() -> new IllegalStateException("No certificate " + number));
    }

    /**
     * The role, or the unit with its role, as the holder's mails name it: in the recipient's language from the
     * framework version the certificate used, else as the certificate recorded it (English).
     */
    public ByLanguage what(CertificateInfo certificate) {
        return what(certificate, framework);
    }

    static ByLanguage what(CertificateInfo certificate, FrameworkCatalogue framework) {
        return language -> {
            UUID version = certificate.frameworkVersionId();
            ContentTitles titles = framework.titles(version == null ? List.of() : List.of(version), language);
            String role = titles.role(version, certificate.roleCode(), certificate.roleTitle()).text();
            return certificate.unitTitle() == null ? role
                    : titles.unit(version, certificate.roleCode(), certificate.unitCode(), certificate.unitTitle())
                    .text() + " (" + role + ")";
        };
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
