package eu.skills4cities.citycert.certificate.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.inbox.TaskHolders;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateExpired;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.RenewalRecorded;
import eu.skills4cities.citycert.certificate.Succession;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess.Outcome;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' side of a renewal and the steps its process takes: the open checks, claiming one
 * (impartially: not the holder, nobody who reviewed or assessed the certificate's application),
 * deciding it (accept, more needed, refuse with a reason; every decision recorded and mailed), issuing
 * the successor, reminding the holder of a request and recording its lapse. (Over 300 lines: the
 * decision and the steps it leads to stay together, so that what each records and mails reads in one place;
 * and the impartiality rule's batched form for the inbox sits next to the single one, so the two stay alike.)
 */
@Service
public class RenewalChecks {

    private static final Logger log = LoggerFactory.getLogger(RenewalChecks.class);
    public static final int MAX_TEXT = 4000;

    private final RenewalStore store;
    private final CertificateStore certificates;
    private final CertificateService certificateService;
    private final CertificationDecisions decisions;
    private final TaskService tasks;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final RenewalProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RenewalReopening reopening;
    private final TaskHolders holders;

    RenewalChecks(RenewalStore store, CertificateStore certificates, CertificateService certificateService,
                  CertificationDecisions decisions, TaskService tasks, UserAccountService users, MailOutbox mail,
                  AccountLinksProperties links, RenewalProperties properties, ApplicationEventPublisher events,
                  Clock clock, RenewalReopening reopening, TaskHolders holders) {
        this.holders = holders;
        this.reopening = reopening;
        this.store = store;
        this.certificates = certificates;
        this.certificateService = certificateService;
        this.decisions = decisions;
        this.tasks = tasks;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** A renewal waiting for its check, with the certificate and who holds the task. */
    public record OpenCheck(String taskId, Renewal renewal, CertificateInfo certificate, String assignee,
                            Instant due) {
    }

    /** The renewals waiting for a check (taken by a reviewer or not), longest waiting first; for reviewers. */
    @Transactional(readOnly = true)
    public List<OpenCheck> open(CurrentUser reviewer) {
        requireReviewer(reviewer);
        List<OpenCheck> open = new ArrayList<>();
        for (Task task : visible(reviewer).orderByTaskCreateTime().asc().list()) {
            check(task).ifPresent(open::add);
        }
        return open;
    }

    /** How many renewals wait for a check ({@link #open}), in one statement however many: the menu's count. */
    @Transactional(readOnly = true)
    public long countOpen(CurrentUser reviewer) {
        requireReviewer(reviewer);
        return visible(reviewer).count();
    }

    /** The checks a reviewer sees: their own, and their groups' whoever has taken them. */
    private TaskQuery visible(CurrentUser reviewer) {
        return tasks.createTaskQuery().taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK)
                .or().taskAssignee(reviewer.username()).taskCandidateGroupIn(reviewer.engineGroups())
                .includeAssignedTasks().endOr();
    }

    /** One open check, for a reviewer who may see it. */
    @Transactional(readOnly = true)
    public OpenCheck check(CurrentUser reviewer, String taskId) {
        requireReviewer(reviewer);
        return Optional.ofNullable(visible(reviewer).taskId(taskId).singleResult()).flatMap(this::check)
                .orElseThrow(() -> NotFoundException.of("task.not-found"));
    }

    /**
     * The reviewer takes the check.
     *
     * @throws RefusedException when they hold the certificate or judged its application, or another has it
     */
    @Transactional
    public void claim(CurrentUser reviewer, String taskId) {
        OpenCheck check = check(reviewer, taskId);
        partiality(check.renewal().id(), reviewer.username()).ifPresent(reason -> {
            throw new RefusedException(RefusedException.Kind.FORBIDDEN, reason);
        });
        if (check.assignee() != null && !check.assignee().equals(reviewer.username())) {
            throw holders.claimedBy(check.assignee());
        }
        tasks.claim(taskId, reviewer.username());
    }

    /**
     * The reviewer decides the check: accept, ask for more ({@code text} is the request), or refuse
     * ({@code text} is the reason). The decision, the audit record, the mail and the process step commit
     * together.
     *
     * @throws InvalidInputException when the declaration, the outcome, or the text it needs is missing
     * @throws RefusedException      when the task is not the reviewer's
     */
    @Transactional
    public void decide(CurrentUser reviewer, String taskId, Outcome outcome, String text,
                       boolean noConflictOfInterest) {
        OpenCheck check = check(reviewer, taskId);
        if (!reviewer.username().equals(check.assignee())) {
            throw check.assignee() == null ? RefusedException.forbidden("task.refused.claim-first")
                    : holders.claimedBy(check.assignee());
        }
        String written = text == null ? "" : text.strip();
        List<UserMessage> problems = new ArrayList<>();
        if (!noConflictOfInterest) {
            problems.add(UserMessage.of("problem.renewal.conflict-declaration"));
        }
        if (outcome == null) {
            problems.add(UserMessage.of("problem.renewal.outcome-missing"));
        } else if (outcome != Outcome.ACCEPT && written.isEmpty()) {
            problems.add(UserMessage.of("problem.renewal.text-missing." + outcome.name()));
        }
        if (written.length() > MAX_TEXT) {
            problems.add(UserMessage.of("problem.renewal.text-length", MAX_TEXT, written.length()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.renewal.refused", problems);
        }
        Renewal renewal = check.renewal();
        CertificateInfo certificate = check.certificate();
        Instant now = clock.instant();
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(RenewalProcess.VAR_OUTCOME, outcome.name());
        switch (outcome) {
            case ACCEPT -> store.changeStatus(renewal.id(), List.of(RenewalStatus.SUBMITTED), RenewalStatus.ACCEPTED,
                    reviewer.username(), now, written.isEmpty() ? null : written);
            case REFUSE -> {
                store.changeStatus(renewal.id(), List.of(RenewalStatus.SUBMITTED), RenewalStatus.REFUSED,
                        reviewer.username(), now, written);
                mailHolder(certificate, "renewal-refused", certificate.number(), written,
                        certificate.validUntil().toString());
            }
            case MORE_NEEDED -> {
                Instant deadline = now.atZone(ZoneOffset.UTC).plus(properties.answerPeriod()).toInstant();
                Instant reminder = deadline.atZone(ZoneOffset.UTC).minus(properties.reminderBefore()).toInstant();
                store.changeStatus(renewal.id(), List.of(RenewalStatus.SUBMITTED), RenewalStatus.MORE_NEEDED,
                        reviewer.username(), null, null);
                store.insertRequest(renewal.id(), reviewer.username(), written, now, deadline);
                variables.put(RenewalProcess.VAR_ANSWER_DUE, Date.from(deadline));
                variables.put(RenewalProcess.VAR_ANSWER_REMINDER, Date.from(reminder.isBefore(now) ? now : reminder));
                mailHolder(certificate, "renewal-more-needed", certificate.number(), written,
                        deadline.toString().substring(0, 10), renewalLink(certificate));
            }
            default -> throw new IllegalStateException("Unknown outcome " + outcome);
        }
        tasks.complete(taskId, variables);
        events.publishEvent(new RenewalRecorded(renewal.id(), certificate.id(), certificate.number(), outcome.name(),
                reviewer.username(), outcome == Outcome.REFUSE ? written : null, null, now));
        log.info("Certificate {}: renewal {} checked by {}: {}", certificate.number(), renewal.id(),
                reviewer.username(), outcome);
    }

    /**
     * Why the person may not check the renewal: they hold the certificate, they reviewed or assessed
     * its application, or an upheld appeal against its refusal excluded them (the reviewer who refused it). Asked by the screens and, inside the engine, by the task's guard.
     */
    @Transactional(readOnly = true)
    public Optional<UserMessage> partiality(UUID renewalId, String username) {
        CertificateInfo certificate = certificate(renewalId);
        if (certificate.holderUsername().equals(username)) {
            return Optional.of(UserMessage.of("problem.renewal.own-certificate"));
        }
        if (certificate.applicationId() != null && decisions.judged(certificate.applicationId(), username)) {
            return Optional.of(UserMessage.of("problem.renewal.impartiality"));
        }
        return store.excludedBy(renewalId, username)
                .map(appeal -> UserMessage.of("problem.renewal.excluded-on-appeal", appeal));
    }

    /**
     * The same rules as {@link #partiality} for several renewals at once, in a fixed number of queries: those
     * of them the person may not check. For lists (the staff inbox); the engine's guard asks the single form.
     */
    @Transactional(readOnly = true)
    public Set<UUID> excluded(Collection<UUID> renewalIds, String username) {
        return excluded(certificatesOf(renewalIds), username);
    }

    /** The certificate each renewal renews (those that exist), by renewal, in two queries. */
    Map<UUID, CertificateInfo> certificatesOf(Collection<UUID> renewalIds) {
        Map<UUID, UUID> certificateIds = store.certificatesOf(renewalIds);
        Map<UUID, CertificateInfo> byId = certificates.byIds(certificateIds.values()).stream()
                .collect(Collectors.toMap(CertificateInfo::id, certificate -> certificate));
        Map<UUID, CertificateInfo> byRenewal = new HashMap<>();
        certificateIds.forEach((renewal, certificate) -> {
            if (byId.containsKey(certificate)) {
                byRenewal.put(renewal, byId.get(certificate));
            }
        });
        return byRenewal;
    }

    /** {@link #excluded(Collection, String)} for renewals whose certificates the caller has read already. */
    Set<UUID> excluded(Map<UUID, CertificateInfo> certificateOfRenewal, String username) {
        Set<UUID> judged = decisions.judged(certificateOfRenewal.values().stream().map(CertificateInfo::applicationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()), username);
        Set<UUID> excluded = new HashSet<>(store.excludedAmong(certificateOfRenewal.keySet(), username));
        certificateOfRenewal.forEach((renewal, certificate) -> {
            if (certificate.holderUsername().equals(username)
                    || (certificate.applicationId() != null && judged.contains(certificate.applicationId()))) {
                excluded.add(renewal);
            }
        });
        return excluded;
    }

    /** Refuses inside the engine (the guard's rule), whoever assigns or completes the task. */
    public void requireImpartial(UUID renewalId, String username) {
        partiality(renewalId, username).ifPresent(reason -> {
            throw new ProcessEngineException("Impartiality: " + username + " may not check renewal " + renewalId
                    + " (" + reason.key() + ")");
        });
    }

    // ---- the process's own steps

    /** Issues the accepted renewal's successor and supersedes the certificate; once per renewal. */
    @Transactional
    public void issueSuccessor(UUID renewalId) {
        if (store.successorOf(renewalId).isPresent()) {
            log.info("Renewal {} has its successor already", renewalId);
            return;
        }
        CertificateInfo certificate = certificate(renewalId);
        // a renewal reopened on appeal continues the chain also when it is accepted after the old expiry
        CertificateInfo successor = store.reopenedOnAppeal(renewalId)
                ? certificateService.issueContinuingRenewal(certificate.id())
                : certificateService.issueSuccessor(certificate.id(), Succession.RENEWAL, null);
        store.successor(renewalId, successor.id());
        mailHolder(certificate, "renewal-accepted", certificate.number(), successor.number(),
                successor.validUntil().toString(), links.publicUrl() + "/certificates");
        events.publishEvent(new RenewalRecorded(renewalId, certificate.id(), certificate.number(), "RENEWED", null,
                null, successor.number(), clock.instant()));
        log.info("Certificate {} renewed by {} (renewal {})", certificate.number(), successor.number(), renewalId);
    }

    /** Reminds the holder of the reviewer's open request. */
    @Transactional
    public void remindAnswer(UUID renewalId) {
        Renewal renewal = store.byId(renewalId).orElseThrow();
        renewal.openRequest().filter(r -> renewal.status() == RenewalStatus.MORE_NEEDED).ifPresent(request ->
                mailHolder(certificate(renewalId), "renewal-answer-reminder", renewal.certificateNumber(),
                        request.deadline().toString().substring(0, 10),
                        renewalLink(certificate(renewalId))));
    }

    /** The holder did not answer by the deadline: the renewal lapses, the certificate expires at its date. */
    @Transactional
    public void lapse(UUID renewalId) {
        CertificateInfo certificate = certificate(renewalId);
        if (store.changeStatus(renewalId, List.of(RenewalStatus.MORE_NEEDED), RenewalStatus.LAPSED, null,
                clock.instant(), null)) {
            mailHolder(certificate, "renewal-lapsed", certificate.number(), certificate.validUntil().toString());
            events.publishEvent(new RenewalRecorded(renewalId, certificate.id(), certificate.number(),
                    RenewalStatus.LAPSED.name(), null, null, null, clock.instant()));
        }
    }

    /**
     * A certificate that expires with its renewal still open: the renewal lapses with it (in the expiry's
     * transaction), unless an upheld appeal reopened it: then its check goes on past the expiry.
     */
    @EventListener
    void on(CertificateExpired event) {
        store.lockOpen(event.certificateId()).ifPresent(id -> {
            if (store.reopenedOnAppeal(id)) {
                reopening.carryPastExpiry(store.byId(id).orElseThrow(), event.at());
                return;
            }
            store.changeStatus(id, List.of(RenewalStatus.SUBMITTED, RenewalStatus.MORE_NEEDED), RenewalStatus.LAPSED,
                    null, event.at(), null);
            events.publishEvent(new RenewalRecorded(id, event.certificateId(), event.number(),
                    RenewalStatus.LAPSED.name(), null, null, null, event.at()));
        });
    }

    private Optional<OpenCheck> check(Task task) {
        Object id = tasks.getVariable(task.getId(), RenewalProcess.VAR_RENEWAL_ID);
        if (id == null) {
            return Optional.empty();
        }
        return store.byId(UUID.fromString((String) id)).map(renewal -> new OpenCheck(task.getId(), renewal,
                certificate(renewal.id()), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }

    private CertificateInfo certificate(UUID renewalId) {
        UUID certificateId = store.certificateOf(renewalId);
        return certificates.number(certificateId).flatMap(certificates::byNumber).orElseThrow();
    }

    private void mailHolder(CertificateInfo certificate, String template, Object... args) {
        users.find(certificate.holderUsername()).filter(holder -> !holder.erased()).ifPresent(holder -> {
            Object[] all = new Object[args.length + 1];
            all[0] = holder.fullName();
            System.arraycopy(args, 0, all, 1, args.length);
            mail.queue(holder.email(), template, all);
        });
    }

    private String renewalLink(CertificateInfo certificate) {
        return links.publicUrl() + "/certificates/" + certificate.number() + "/renewal";
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.has(Role.REVIEWER)) {
            throw new AccessDeniedException("Only reviewers check renewals");
        }
    }
}
