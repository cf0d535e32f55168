package eu.skills4cities.citycert.certificate.register;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateNotFoundException;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private static final Set<Role> READERS = EnumSet.of(Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN);
    /** The most rows one page may hold. */
    public static final int MAX_PAGE_SIZE = 500;
    /** The longest reason a decision may give. */
    public static final int MAX_REASON = 2000;
    /** Rows fetched from the database at a time while exporting, so a large register never sits in memory. */
    private static final int EXPORT_FETCH_SIZE = 500;
    static final List<String> CSV_COLUMNS = List.of("number", "holder-name", "role-code", "role-title",
            "unit-code", "unit-title", "eqf-level", "framework", "issued-on", "valid-until", "status", "superseded-by");
    private static final RowMapper<RegisterEntry> ENTRY = new DataClassRowMapper<>(RegisterEntry.class);

    private final JdbcClient jdbc;
    private final JdbcClient streamingJdbc;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Clock clock;

    CertificateRegister(JdbcClient jdbc, DataSource dataSource, UserAccountService users, MailOutbox mail,
                        MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // PostgreSQL reads through a cursor, a batch at a time, when a fetch size is set inside a transaction
        streaming.setFetchSize(EXPORT_FETCH_SIZE);
        this.streamingJdbc = JdbcClient.create(streaming);
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /** True when the user may read the register. */
    public static boolean mayRead(CurrentUser user) {
        return user.roles().stream().anyMatch(READERS::contains);
    }

    /** True when the user may suspend, reinstate and withdraw certificates. */
    public static boolean mayDecide(CurrentUser user) {
        return user.has(Role.CERTIFICATION_OFFICER);
    }

    /**
     * One page of the certificates the query finds, in its order.
     *
     * @throws RegisterInputException when the query or the page makes no sense
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
        RegisterSql.Where where = RegisterSql.where(query, today());
        return jdbc.sql(RegisterSql.SELECT + where.sql() + RegisterSql.orderBy(query) + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(ENTRY).list();
    }

    /** How many certificates the query finds. */
    @Transactional(readOnly = true)
    public long count(CurrentUser user, RegisterQuery query) {
        requireReader(user);
        requireNoProblems(query.problems());
        RegisterSql.Where where = RegisterSql.where(query, today());
        return jdbc.sql(RegisterSql.COUNT + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** One certificate of the register, by its exact number. */
    @Transactional(readOnly = true)
    public Optional<RegisterEntry> entry(CurrentUser user, String number) {
        requireReader(user);
        return jdbc.sql(RegisterSql.SELECT + " WHERE c.number = :number")
                .param("today", Date.valueOf(today())).param("number", number)
                .query(ENTRY).optional();
    }

    /**
     * Writes every certificate the query finds as CSV, UTF-8 (with a byte order mark, so that
     * spreadsheets read accented names right), a header row in the given language first. Rows
     * are read from the database and written a batch at a time. The destination is opened
     * only after the user and the query have been checked.
     *
     * @throws RegisterInputException when the query makes no sense
     */
    @Transactional(readOnly = true)
    public void export(CurrentUser user, RegisterQuery query, Locale locale, CsvDestination destination) {
        requireReader(user);
        requireNoProblems(query.problems());
        RegisterSql.Where where = RegisterSql.where(query, today());
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(destination.open(), StandardCharsets.UTF_8));
            out.write('\uFEFF');
            RegisterCsv csv = new RegisterCsv(out);
            csv.header(CSV_COLUMNS.stream()
                    .map(column -> messages.getMessage("certificate-register.csv." + column, null, locale)).toList());
            int[] rows = {0};
            streamingJdbc.sql(RegisterSql.SELECT + where.sql() + RegisterSql.orderBy(query)).params(where.params())
                    .query(resultSet -> {
                        try {
                            csv.entry(ENTRY.mapRow(resultSet, rows[0]++));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            out.flush();
            log.info("Register exported by {}: {} certificate(s)", user.username(), rows[0]);
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
        List<StatusRow> rows = jdbc.sql("""
                SELECT h.status, h.reason, h.changed_by, h.changed_at
                  FROM certificate_status_change h JOIN certificate c ON c.id = h.certificate
                 WHERE c.number = ? ORDER BY h.changed_at, h.id
                """).param(number).query(StatusRow.class).list();
        Map<String, String> names = users.fullNames(rows.stream().map(StatusRow::changedBy).distinct().toList());
        return rows.stream().map(row -> new StatusChange(row.status(), row.reason(), row.changedBy(),
                names.getOrDefault(row.changedBy(), row.changedBy()), row.changedAt().toInstant())).toList();
    }

    private record StatusRow(String status, String reason, String changedBy, Timestamp changedAt) {
    }

    /**
     * Records a certification officer's decision on a certificate, with its reason, in its
     * history, and mails the holder (unless their account has been deleted).
     *
     * @throws AccessDeniedException        when the user is not a certification officer
     * @throws RegisterInputException       when the reason is missing or too long
     * @throws CertificateNotFoundException when there is no certificate with this number
     * @throws StatusChangeRefusedException when the decision does not fit the certificate's status
     */
    @Transactional
    public RegisterEntry decide(CurrentUser officer, String number, StatusDecision decision, String reason) {
        if (!mayDecide(officer)) {
            throw new AccessDeniedException("Only certification officers change the status of certificates");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RegisterInputException(List.of(UserMessage.of("problem.certificate-register.reason-missing")));
        }
        if (why.length() > MAX_REASON) {
            throw new RegisterInputException(List.of(
                    UserMessage.of("problem.certificate-register.reason-length", MAX_REASON, why.length())));
        }
        // the row lock makes concurrent decisions on one certificate wait and then see this one
        Locked certificate = jdbc.sql("""
                SELECT id, holder_username, holder_name, role_title, unit_title, status, superseded_by, valid_until
                  FROM certificate WHERE number = ? FOR UPDATE
                """).param(number).query(Locked.class).optional()
                .orElseThrow(() -> new CertificateNotFoundException(number));
        CertificateStatus current = CertificateStatus.of(certificate.status(), certificate.supersededBy(),
                certificate.validUntil(), today());
        decision.refusal(number, current).ifPresent(refusal -> {
            throw new StatusChangeRefusedException(refusal);
        });
        jdbc.sql("UPDATE certificate SET status = ? WHERE id = ?").params(decision.recordedStatus(), certificate.id())
                .update();
        jdbc.sql("""
                INSERT INTO certificate_status_change (id, certificate, status, reason, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), certificate.id(), decision.recordedStatus(), why, officer.username(),
                Timestamp.from(clock.instant())).update();
        tellHolder(certificate, number, decision, why);
        log.info("Certificate {} {}: {} -> {} by {}", number, decision, current, decision.recordedStatus(),
                officer.username());
        return entry(officer, number).orElseThrow();
    }

    private record Locked(UUID id, String holderUsername, String holderName, String roleTitle, String unitTitle,
                          String status, UUID supersededBy, LocalDate validUntil) {
    }

    /** Mails the holder, unless the holder's account was erased at their request. */
    private void tellHolder(Locked certificate, String number, StatusDecision decision, String reason) {
        users.find(certificate.holderUsername())
                .filter(holder -> !holder.erased())
                .ifPresentOrElse(holder -> {
                    String what = certificate.unitTitle() == null ? certificate.roleTitle()
                            : certificate.unitTitle() + " (" + certificate.roleTitle() + ")";
                    mail.queue(holder.email(), decision.mailKey(), holder.fullName(), number, what, reason);
                }, () -> log.info("Certificate {}: holder {} has no account to mail", number,
                        certificate.holderUsername()));
    }

    private void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("Only certification officers, auditors and administrators read the register");
        }
    }

    private static void requireNoProblems(List<UserMessage> problems) {
        if (!problems.isEmpty()) {
            throw new RegisterInputException(problems);
        }
    }

    /** The day statuses are computed for: the same (UTC) day the certificates are issued on. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
