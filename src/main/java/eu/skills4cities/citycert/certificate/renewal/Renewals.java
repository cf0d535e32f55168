package eu.skills4cities.citycert.certificate.renewal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateChain;
import eu.skills4cities.citycert.certificate.CertificateChainStore;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.RenewalRecorded;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.SchemeSettings;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder's side of a renewal: what renewing asks ({@link RenewalTerms}), submitting it with the CPD
 * of the cycle, more documents while it is open, and the answer to a reviewer's request for more. Only
 * the certificate's holder reaches it (anyone else is told there is no such certificate); the renewal,
 * its documents and the process step commit together.
 */
@Service
public class Renewals {

    private static final Logger log = LoggerFactory.getLogger(Renewals.class);
    public static final int MAX_ACTIVITIES = 50;
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_DOCUMENTS = 10;
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final CertificateStore certificates;
    private final CertificateChainStore chains;
    private final RenewalStore store;
    private final FrameworkCatalogue framework;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;

    Renewals(CertificateStore certificates, CertificateChainStore chains, RenewalStore store,
             FrameworkCatalogue framework, RuntimeService runtime, TaskService tasks,
             ApplicationEventPublisher events, Clock clock, UserAccountService users, MailOutbox mail,
             AccountLinksProperties links) {
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.certificates = certificates;
        this.chains = chains;
        this.store = store;
        this.framework = framework;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** A document the holder gives with a renewal or an answer. */
    public record NewDocument(String fileName, String contentType, byte[] content) {
    }

    /** What the holder submits: the cycle's activities and the declaration of continued practice. */
    public record Submission(List<CpdActivity> activities, boolean continuedPractice) {

        public Submission {
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    /** What renewing the holder's certificate asks. */
    @Transactional(readOnly = true)
    public RenewalTerms terms(CurrentUser holder, String number) {
        return terms(own(holder, number));
    }

    /** The holder's latest renewal of the certificate, if any. */
    @Transactional(readOnly = true)
    public Optional<Renewal> latest(CurrentUser holder, String number) {
        return store.latest(own(holder, number).id());
    }

    /** Every renewal the holder submitted, on any of their certificates, newest first (their data export). */
    @Transactional(readOnly = true)
    public List<Renewal> mine(CurrentUser holder) {
        return store.ofHolder(holder.username());
    }

    /**
     * Where each of the holder's certificates stands with its renewal: the latest renewal's outcome, else
     * for an active certificate when its window opens (or that it must be recertified); certificates with
     * nothing to say about renewal are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, RenewalStanding> standings(CurrentUser holder) {
        Map<String, RenewalStanding> standings = new java.util.LinkedHashMap<>();
        LocalDate today = today();
        for (CertificateInfo certificate : certificates.ofHolder(holder.username())) {
            standing(certificate, today).ifPresent(standing -> standings.put(certificate.number(), standing));
        }
        return standings;
    }

    private Optional<RenewalStanding> standing(CertificateInfo certificate, LocalDate today) {
        Optional<Renewal> latest = store.latest(certificate.id());
        if (latest.isPresent()) {
            return Optional.of(RenewalStanding.of(latest.get()));
        }
        return certificate.status(today) != CertificateStatus.ACTIVE ? Optional.empty()
                : Optional.of(RenewalStanding.of(certificate.number(), terms(certificate), today));
    }

    /**
     * Submits a renewal of an active certificate inside its window and starts its check.
     *
     * @throws RefusedException      when the certificate is not active, the window is not open, a renewal is
     *                               open already, or the holder must recertify instead
     * @throws InvalidInputException when the CPD falls short of the scheme or an entry is unfit
     */
    @Transactional
    public Renewal submit(CurrentUser holder, String number, Submission submission, List<NewDocument> documents) {
        CertificateInfo certificate = certificates.lock(own(holder, number).number()).orElseThrow();
        LocalDate today = today();
        CertificateStatus status = certificate.status(today);
        if (status != CertificateStatus.ACTIVE) {
            throw RefusedException.conflict("problem.renewal.not-active", number, status.name());
        }
        RenewalTerms terms = terms(certificate);
        if (!terms.open(today)) {
            throw RefusedException.conflict("problem.renewal.window", number, terms.opensOn().toString());
        }
        if (store.lockOpen(certificate.id()).isPresent()) {
            throw RefusedException.conflict("problem.renewal.open", number);
        }
        if (terms.recertificationDue()) {
            throw RefusedException.conflict("problem.renewal.recertify", number, terms.recertifyBy().toString());
        }
        List<UserMessage> problems = new ArrayList<>(RenewalRules.problems(submission, terms, today));
        problems.addAll(RenewalRules.documentProblems(documents, 0));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.renewal.refused", problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(id, certificate.id(), holder.username(), now, submission.activities().stream()
                .map(Renewals::stripped).toList());
        documents.forEach(document -> insertDocument(id, document, now));
        runtime.createMessageCorrelation(RenewalProcess.MESSAGE_SUBMITTED)
                .processInstanceBusinessKey(certificate.number())
                .setVariable(RenewalProcess.VAR_RENEWAL_ID, id.toString())
                .setVariable(RenewalProcess.VAR_HOLDER, holder.username())
                .correlate();
        events.publishEvent(new RenewalRecorded(id, certificate.id(), number, RenewalStatus.SUBMITTED.name(),
                holder.username(), null, null, now));
        // the acknowledgement, in the outbox with the renewal: a renewal rolled back mails nothing
        users.find(holder.username()).filter(profile -> !profile.erased()).ifPresent(profile ->
                mail.queue(profile.email(), "renewal-submitted", profile.fullName(), number,
                        submission.activities().size(), links.publicUrl() + "/certificates/" + number + "/renewal"));
        log.info("Certificate {}: renewal {} submitted ({} activities, {} documents)", number, id,
                submission.activities().size(), documents.size());
        return store.byId(id).orElseThrow();
    }

    /** Adds a document to the holder's open renewal (the API's separate upload). */
    @Transactional
    public Renewal addDocument(CurrentUser holder, String number, NewDocument document) {
        CertificateInfo certificate = own(holder, number);
        UUID id = store.lockOpen(certificate.id())
                .orElseThrow(() -> RefusedException.conflict("problem.renewal.none-open", number));
        List<UserMessage> problems = RenewalRules.documentProblems(List.of(document), store.documentCount(id));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.renewal.refused", problems);
        }
        insertDocument(id, document, clock.instant());
        return store.byId(id).orElseThrow();
    }

    /**
     * The holder answers the reviewer's request for more; the renewal goes back to the reviewer.
     *
     * @throws RefusedException      when no request is open
     * @throws InvalidInputException when the answer is missing or too long, or a document unfit
     */
    @Transactional
    public Renewal answer(CurrentUser holder, String number, String text, List<NewDocument> documents) {
        CertificateInfo certificate = own(holder, number);
        Optional<UUID> open = store.lockOpen(certificate.id());
        Optional<Renewal> renewal = open.flatMap(store::byId);
        if (renewal.isEmpty() || renewal.get().status() != RenewalStatus.MORE_NEEDED) {
            throw RefusedException.conflict("problem.renewal.no-request", number);
        }
        UUID id = renewal.get().id();
        String answer = text == null ? "" : text.strip();
        List<UserMessage> problems = new ArrayList<>();
        if (answer.isEmpty()) {
            problems.add(UserMessage.of("problem.renewal.answer-missing"));
        } else if (answer.length() > MAX_TEXT) {
            problems.add(UserMessage.of("problem.renewal.answer-length", MAX_TEXT, answer.length()));
        }
        problems.addAll(RenewalRules.documentProblems(documents, store.documentCount(id)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.renewal.refused", problems);
        }
        Instant now = clock.instant();
        store.answer(id, answer, now);
        documents.forEach(document -> insertDocument(id, document, now));
        store.changeStatus(id, List.of(RenewalStatus.MORE_NEEDED), RenewalStatus.SUBMITTED, null, null, null);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_ANSWER).singleResult();
        if (task != null) {
            tasks.complete(task.getId());
        }
        events.publishEvent(new RenewalRecorded(id, certificate.id(), number, "ANSWERED", holder.username(), null,
                null, now));
        log.info("Certificate {}: the holder answered the request on renewal {}", number, id);
        return store.byId(id).orElseThrow();
    }

    /** A document of a renewal, for its holder and for reviewers and those who read certificates. */
    @Transactional(readOnly = true)
    public RenewalStore.StoredDocument document(CurrentUser user, UUID documentId) {
        RenewalStore.StoredDocument document = store.document(documentId)
                .orElseThrow(() -> NotFoundException.of("renewal.document-not-found"));
        boolean holder = store.byId(document.renewalId()).filter(r -> r.holder().equals(user.username())).isPresent();
        if (!holder && !user.has(Role.REVIEWER) && !user.hasAnyOf(Role.CERTIFICATE_READERS)) {
            throw NotFoundException.of("renewal.document-not-found");
        }
        return document;
    }

    /** Erases what the holder wrote and uploaded with renewals, for the deletion of their account. */
    @Transactional
    public void erasePersonalContent(CurrentUser holder) {
        store.erasePersonalContent(holder.username());
    }

    // ---- rules

    RenewalTerms terms(CertificateInfo certificate) {
        SchemeSettings scheme = scheme(certificate);
        LocalDate opensOn = certificate.validUntil().plusDays(1).minusDays(scheme.renewalWindowDays());
        LocalDate today = today();
        // validity is continuous when renewed before expiry (CertificateService.issueSuccessor's rule)
        LocalDate successorFrom = today.isAfter(certificate.validUntil()) ? today : certificate.validUntil().plusDays(1);
        LocalDate successorValidUntil = CertificateService.validUntil(successorFrom, scheme.validityMonths());
        List<CertifiedUnit> units = certificates.units(certificate.id());
        return new RenewalTerms(opensOn, scheme.cpdHoursPerCycle(), Math.min(scheme.cpdUnitsRequired(),
                Math.max(units.size(), 1)), units, successorValidUntil,
                origin(certificate).plusYears(scheme.recertificationYears()));
    }

    /** The first issue of the certificate's chain: renewals never carry a certificate past its recertification. */
    private LocalDate origin(CertificateInfo certificate) {
        return chains.of(certificate.number(), today()).map(CertificateChain::originIssuedOn)
                .orElse(certificate.issuedOn());
    }

    private void insertDocument(UUID renewalId, NewDocument document, Instant at) {
        store.insertDocument(renewalId, RenewalRules.fileName(document.fileName()),
                document.contentType() == null || document.contentType().isBlank()
                        ? "application/octet-stream" : document.contentType(), document.content(), at);
    }

    private static CpdActivity stripped(CpdActivity activity) {
        return new CpdActivity(activity.title().strip(), activity.from(), activity.to(), activity.hours(),
                activity.units().stream().distinct().toList());
    }

    private SchemeSettings scheme(CertificateInfo certificate) {
        return Optional.ofNullable(certificate.frameworkVersionId())
                .flatMap(version -> framework.role(version, certificate.roleCode()))
                .map(PublishedRole::role).map(RoleDefinition::scheme).orElseGet(SchemeSettings::defaults);
    }

    private CertificateInfo own(CurrentUser holder, String number) {
        if (!holder.has(Role.CANDIDATE)) {
            throw new AccessDeniedException("Only a certificate's holder renews it");
        }
        return certificates.byNumber(number == null ? "" : number)
                .filter(c -> c.holderUsername().equals(holder.username()))
                .orElseThrow(() -> NotFoundException.of("certificate.not-found"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

}
