package eu.skills4cities.citycert.certificate.register;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.CertificateStore;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of issued certificates for staff: search, CSV export, history, and the
 * certification officers' decisions to suspend, reinstate or withdraw a certificate.
 * Certification officers, auditors and administrators read it; only certification officers decide.
 */
@Service
public class CertificateRegister {

    private static final Logger log = LoggerFactory.getLogger(CertificateRegister.class);
    /** The most rows one page may hold. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The longest reason a decision may give. */
    public static final int MAX_REASON = 2000;
    static final List<String> CSV_COLUMNS = List.of("number", "holder-name", "role-code", "role-title",
            "unit-code", "unit-title", "eqf-level", "framework", "issued-on", "valid-until", "status", "superseded-by");

    private final CertificateStore store;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CertificateLifecycle lifecycle;

    CertificateRegister(CertificateStore store, UserAccountService users, MailOutbox mail,
                        MessageSource messages, Clock clock, ApplicationEventPublisher events,
                        CertificateLifecycle lifecycle) {
        this.store = store;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
        this.lifecycle = lifecycle;
    }

    /** True when the user may read the register. */
    public static boolean mayRead(CurrentUser user) {
        return user.hasAnyOf(Role.CERTIFICATE_READERS);
    }

    /** True when the user may suspend, reinstate and withdraw certificates. */
    public static boolean mayDecide(CurrentUser user) {
        return user.has(Role.CERTIFICATION_OFFICER);
    }

    /**
     * One page of the certificates the query finds, in its order.
     *
     * @throws InvalidInputException when the query or the page makes no sense
     */
    @Transactional(readOnly = true)
    public List<RegisterEntry> search(CurrentUser user, RegisterQuery query, int offset, int limit) {
        requireReader(user);
        List<UserMessage> problems = new ArrayList<>(query.problems());
        if (offset < 0) {
            problems.add(UserMessage.of("problem.certificate-register.page"));
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            problems.add(UserMessage.of("problem.certificate-register.size", MAX_PAGE_SIZE));
        }
        requireNoProblems(problems);
        return store.search(query, today(), offset, limit);
    }

    /** How many certificates the query finds. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, RegisterQuery query) {
        requireReader(user);
        requireNoProblems(query.problems());
        return store.count(query, today());
    }

    /** One certificate of the register, by its exact number. */
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entry(CurrentUser user, String number) {
        requireReader(user);
        return store.entry(number, today());
    }

    /**
     * Writes every certificate the query finds as CSV, UTF-8 (with a byte order mark, so that
     * spreadsheets read accented names right), a header row in the given language first. Rows
     * are read from the database and written a batch at a time. The destination is opened
     * only after the user and the query have been checked.
     *
     * @throws InvalidInputException when the query makes no sense
     */
    @Transactional(readOnly = true)
    public void export(CurrentUser user, RegisterQuery query, Locale locale, CsvDestination destination) {
        requireReader(user);
        requireNoProblems(query.problems());
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(destination.open(), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            RegisterCsv csv = new RegisterCsv(out);
            csv.header(CSV_COLUMNS.stream()
                    .map(column -> messages.getMessage("certificate-register.csv." + column, null, locale)).toList());
            int rows = store.each(query, today(), entry -> {
                try {
                    csv.entry(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            log.info("Register exported by {}: {} certificate(s)", user.username(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Register export by " + user.username() + " failed", e);
        }
    }

    /** The name an export is saved under: the register and today's date. */
    public String exportFileName() {
        return "certificate-register-" + today() + ".csv";
    }

    /** The decisions recorded on a certificate, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(CurrentUser user, String number) {
        requireReader(user);
        List<CertificateStore.StatusRecord> rows = store.statusHistory(number);
        Map<String, String> names = users.fullNames(
                rows.stream().map(CertificateStore.StatusRecord::changedBy).distinct().toList());
        return rows.stream().map(row -> new StatusChange(row.status(), row.unitCode(), row.reason(), row.changedBy(),
                names.getOrDefault(row.changedBy(), row.changedBy()), row.changedAt(),
                row.noConflictDeclared())).toList();
    }

    /**
     * Records a certification officer's decision on a certificate, with its reason and the officer's
     * declaration of no conflict of interest, in its history, mails the holder (unless their account
     * has been deleted), and moves the certificate's lifecycle process on in the same transaction: a
     * suspension starts the officers' decision task, a reinstatement completes it, a withdrawal
     * completes it or ends the process. This is the only way a status is decided.
     *
     * @param noConflictDeclared the officer declares that they have no conflict of interest with the holder
     * @throws AccessDeniedException        when the user is not a certification officer
     * @throws InvalidInputException       when the reason is missing or too long, or the declaration is not made
     * @throws NotFoundException when there is no certificate with this number
     * @throws RefusedException when the decision does not fit the certificate's status
     */
    @Transactional
    public RegisterEntry decide(CurrentUser officer, String number, StatusDecision decision, String reason,
                                boolean noConflictDeclared) {
        if (!mayDecide(officer)) {
            throw new AccessDeniedException("Only certification officers change the status of certificates");
        }
        String why = reason == null ? "" : reason.strip();
        requireNoProblems(reasonAndDeclaration(why, noConflictDeclared));
        // the row lock makes concurrent decisions on one certificate wait and then see this one
        CertificateInfo certificate = store.lock(number).orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        CertificateStatus current = certificate.status(today());
        decision.refusal(number, current).ifPresent(refusal -> {
            throw new RefusedException(RefusedException.Kind.CONFLICT, refusal).titled("api.certificate-register.conflict");
        });
        if (current == CertificateStatus.ACTIVE || current == CertificateStatus.SUSPENDED) {
            // a certificate issued before the lifecycle existed, and not yet started at start-up
            lifecycle.start(certificate);
        }
        Instant now = clock.instant();
        store.changeStatus(certificate.id(), decision.recordedStatus(), why, officer.username(), now, true);
        tellHolder(certificate, number, decision, why);
        events.publishEvent(decision.event(certificate, why, officer.username(), now));
        switch (decision) {
            case SUSPEND -> lifecycle.suspended(certificate, now);
            case REINSTATE -> lifecycle.reinstated(certificate);
            case WITHDRAW -> lifecycle.withdrawn(certificate);
        }
        log.info("Certificate {} {}: {} -> {} by {}", number, decision, current, decision.recordedStatus(),
                officer.username());
        return entry(officer, number).orElseThrow();
    }

    /**
     * Notes a warning on a certificate's history (the outcome of a complaint about its holder): with the
     * officer's reason and declaration of no conflict of interest, as every decision; the status does not
     * change, and the public verification does not show it. The caller tells the holder.
     *
     * @throws AccessDeniedException  when the user is not a certification officer
     * @throws InvalidInputException   when the reason is missing or too long, or the declaration is not made
     * @throws NotFoundException       when there is no certificate with this number
     */
    @Transactional
    public void warn(CurrentUser officer, String number, String reason, boolean noConflictDeclared) {
        if (!mayDecide(officer)) {
            throw new AccessDeniedException("Only certification officers note warnings on certificates");
        }
        String why = reason == null ? "" : reason.strip();
        requireNoProblems(reasonAndDeclaration(why, noConflictDeclared));
        CertificateInfo certificate = store.lock(number).orElseThrow(() -> NotFoundException.of("certificate.not-found"));
        store.recordDecision(certificate.id(), StatusChange.WARNING, null, why, officer.username(), clock.instant(),
                true);
        log.info("Certificate {}: warning noted by {}", number, officer.username());
    }

    /** Mails the holder, unless the holder's account was erased at their request. */
    private void tellHolder(CertificateInfo certificate, String number, StatusDecision decision, String reason) {
        users.find(certificate.holderUsername())
                .filter(holder -> !holder.erased())
                .ifPresentOrElse(holder -> {
                    mail.queue(holder.email(), decision.mailKey(), holder.fullName(), number,
                            lifecycle.what(certificate), reason);
                }, () -> log.info("Certificate {}: holder {} has no account to mail", number,
                        certificate.holderUsername()));
    }

    private void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("Only certification officers, auditors and administrators read the register");
        }
    }

    /** What is wrong with an officer's reason (stripped) and declaration of no conflict of interest. */
    static List<UserMessage> reasonAndDeclaration(String why, boolean noConflictDeclared) {
        List<UserMessage> problems = new ArrayList<>();
        if (why.isEmpty()) {
            problems.add(UserMessage.of("problem.certificate-register.reason-missing"));
        }
        if (why.length() > MAX_REASON) {
            problems.add(UserMessage.of("problem.certificate-register.reason-length", MAX_REASON, why.length()));
        }
        if (!noConflictDeclared) {
            problems.add(UserMessage.of("problem.certificate-register.declaration-missing"));
        }
        return problems;
    }

    static void requireNoProblems(List<UserMessage> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.certificate-register.refused", problems);
        }
    }

    /** The day statuses are computed for: the same (UTC) day the certificates are issued on. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
