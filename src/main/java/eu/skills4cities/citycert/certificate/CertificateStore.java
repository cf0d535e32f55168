package eu.skills4cities.citycert.certificate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import eu.skills4cities.citycert.base.Sha256;
import eu.skills4cities.citycert.certificate.register.RegisterEntry;
import eu.skills4cities.citycert.certificate.register.RegisterQuery;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the {@code certificate} table (the certificate, its PDF, its Open Badges
 * credential, its recorded status) and of {@code certificate_status_change} (the history of that
 * status): the only class with SQL for them. Issuance, the credential, the register and
 * verification call it; no access checks here, those are their services' job. Public only for
 * the certificate module's own packages: {@code CertificateTableOwnerTest} keeps other modules
 * and other JDBC code away from it. Runs in the caller's transaction.
 */
@Repository
public class CertificateStore {

    /** The columns of a {@link CertificateInfo}, as its components are named. */
    private static final String COLUMNS = """
            id, number, application AS application_id, holder_username, holder_name, role_code, role_title,
            eqf_level, framework_version AS framework_version_id, framework_label, issued_on, valid_until, unit_code,
            unit_title, status AS recorded_status, superseded_by""";
    /** Rows fetched from the database at a time while exporting, so a large register never sits in memory. */
    private static final int EXPORT_FETCH_SIZE = 500;
    private static final RowMapper<CertificateInfo> INFO = new DataClassRowMapper<>(CertificateInfo.class);
    private static final RowMapper<RegisterEntry> ENTRY = new DataClassRowMapper<>(RegisterEntry.class);

    private final JdbcClient jdbc;
    private final JdbcClient streamingJdbc;
    private final ObjectMapper json;

    CertificateStore(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // PostgreSQL reads through a cursor, a batch at a time, when a fetch size is set inside a transaction
        streaming.setFetchSize(EXPORT_FETCH_SIZE);
        this.streamingJdbc = JdbcClient.create(streaming);
        this.json = json;
    }

    /**
     * A certificate to store: what anyone may read of it, the units it covers, its signed PDF and
     * the SHA-256 (hex) of the X.509 certificate of the key that signed it.
     */
    public record NewCertificate(CertificateInfo certificate, List<CertifiedUnit> units, byte[] pdf,
                                 String signedWith, UUID predecessor, Succession succession,
                                 java.util.Locale language) {

        /** A first issue: no predecessor. */
        public NewCertificate(CertificateInfo certificate, List<CertifiedUnit> units, byte[] pdf, String signedWith) {
            this(certificate, units, pdf, signedWith, null, null, java.util.Locale.ENGLISH);
        }
    }

    /** One recorded change of a certificate's status; {@code noConflictDeclared} null when nobody was asked. */
    public record StatusRecord(String status, String unitCode, String reason, String changedBy, Instant changedAt,
                               Boolean noConflictDeclared) {
    }

    private record StatusRow(String status, String unitCode, String reason, String changedBy, Timestamp changedAt,
                             Boolean noConflictDeclared) {
    }

    // ---- issuance

    /**
     * Stores a new certificate, unless its application already has one for the same scope (the
     * role, or this unit) and the same predecessor: a unique index decides, so a concurrent issue
     * waits for the first and then stores nothing.
     *
     * @return false when the application's certificate for that scope was there first
     */
    public boolean insert(NewCertificate issued) {
        CertificateInfo c = issued.certificate();
        return jdbc.sql("""
                INSERT INTO certificate (id, number, application, holder_username, holder_name, role_code, role_title,
                                         issued_on, valid_until, pdf, created_at, framework_version, eqf_level,
                                         framework_label, unit_code, unit_title, units, pdf_sha256, signed_with,
                                         predecessor, succession, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                ON CONFLICT (application, (coalesce(unit_code, '')),
                             (coalesce(predecessor, '00000000-0000-0000-0000-000000000000'::uuid))) DO NOTHING
                """)
                .params(c.id(), c.number(), c.applicationId(), c.holderUsername(), c.holderName(), c.roleCode(),
                        c.roleTitle(), Date.valueOf(c.issuedOn()), Date.valueOf(c.validUntil()), issued.pdf(),
                        c.frameworkVersionId(), c.eqfLevel(), c.frameworkLabel(), c.unitCode(), c.unitTitle(),
                        json(issued.units()), Sha256.hex(issued.pdf()), issued.signedWith(), issued.predecessor(),
                        issued.succession() == null ? null : issued.succession().name(),
                        issued.language() == null ? "en" : issued.language().toLanguageTag())
                .update() > 0;
    }

    /**
     * The successor now replaces the predecessor (its lifecycle and credential follow in the caller's
     * transaction); a predecessor superseded already keeps the successor it has.
     *
     * @return whether it was superseded now
     */
    public boolean supersede(UUID predecessor, UUID successor) {
        return jdbc.sql("UPDATE certificate SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL")
                .params(successor, predecessor).update() > 0;
    }

    /**
     * The holder's unit certificates for the role are superseded by this application's role certificate.
     *
     * @return the certificates superseded now
     */
    public List<UUID> supersedeUnitCertificates(UUID roleCertificateApplication) {
        return jdbc.sql("""
                UPDATE certificate u SET superseded_by = r.id
                  FROM certificate r
                 WHERE r.application = :application AND r.unit_code IS NULL
                   AND u.holder_username = r.holder_username AND u.role_code = r.role_code
                   AND u.unit_code IS NOT NULL AND u.superseded_by IS NULL
                RETURNING u.id
                """).param("application", roleCertificateApplication).query(UUID.class).list();
    }

    /**
     * Where a holder has more than one current role certificate for a role (data from before
     * "one certification per person and role"): each older one is superseded by the holder's
     * newest, in the caller's transaction. Rows another transaction is changing are left to it.
     *
     * @return the certificates superseded now
     */
    public List<UUID> supersedeDuplicateRoleCertificates(LocalDate today) {
        return jdbc.sql("""
                WITH held AS (
                    SELECT id, holder_username, role_code,
                           first_value(id) OVER (PARTITION BY holder_username, role_code
                                                 ORDER BY issued_on DESC, valid_until DESC, number DESC) AS newest
                      FROM certificate
                     WHERE unit_code IS NULL AND superseded_by IS NULL AND status IN ('ACTIVE', 'SUSPENDED')
                       AND valid_until >= :today)
                UPDATE certificate c SET superseded_by = d.newest
                  FROM held d
                 WHERE c.id = d.id AND d.id <> d.newest AND c.superseded_by IS NULL
                RETURNING c.id
                """).param("today", today).query(UUID.class).list();
    }

    // ---- reading

    /**
     * How many certificates were ever issued, in one statement: role certificates and unit certificates.
     *
     * @param role the certificates of a whole certification role
     * @param unit the certificates of single units
     */
    public record IssuedCount(long role, long unit) {
    }

    public IssuedCount issuedCount() {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE unit_code IS NULL) AS role, count(*) FILTER (WHERE unit_code IS NOT NULL) AS unit
                FROM certificate
                """).query(IssuedCount.class).single();
    }

    public Optional<CertificateInfo> byId(UUID certificateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ?").param(certificateId)
                .query(INFO).optional();
    }

    public Optional<CertificateInfo> byNumber(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number = ?").param(number)
                .query(INFO).optional();
    }

    /** The certificates with these numbers (those that exist), in one query. */
    public List<CertificateInfo> byNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number IN (:numbers)")
                .param("numbers", Set.copyOf(numbers)).query(INFO).list();
    }

    /** The certificates with these ids (those that exist), in one query. */
    public List<CertificateInfo> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id IN (:ids)")
                .param("ids", Set.copyOf(ids)).query(INFO).list();
    }

    /** The certificates of an application: its role certificate first, then its unit certificates. */
    public List<CertificateInfo> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE application = ? ORDER BY unit_code NULLS FIRST")
                .param(applicationId).query(INFO).list();
    }

    /** A holder's certificates, newest first. */
    public List<CertificateInfo> ofHolder(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE holder_username = ? ORDER BY issued_on DESC, number")
                .param(username).query(INFO).list();
    }

    /** The units a certificate covers, in the framework's order. */
    public List<CertifiedUnit> units(UUID certificateId) {
        String stored = jdbc.sql("SELECT units::text FROM certificate WHERE id = ?").param(certificateId)
                .query(String.class).single();
        try {
            return List.of(json.readValue(stored, CertifiedUnit[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable units of certificate " + certificateId, e);
        }
    }

    /** The signed PDF as issued. */
    public byte[] pdf(UUID certificateId) {
        return jdbc.sql("SELECT pdf FROM certificate WHERE id = ?").param(certificateId).query(byte[].class).single();
    }

    public Optional<String> number(UUID certificateId) {
        return jdbc.sql("SELECT number FROM certificate WHERE id = ?").param(certificateId)
                .query(String.class).optional();
    }

    /** The number of the certificate whose signed PDF has this SHA-256 (hex). */
    public Optional<String> numberByPdfSha256(String sha256) {
        return jdbc.sql("SELECT number FROM certificate WHERE pdf_sha256 = ? ORDER BY issued_on DESC LIMIT 1")
                .param(sha256).query(String.class).optional();
    }

    // ---- changes that must see the latest row: locked until the caller's transaction ends

    /** A certificate whose row is locked, with its signed credential (null while it has none). */
    public record LockedForCredential(CertificateInfo certificate, String credential) {
    }

    /**
     * The certificate and its credential, its row locked: a concurrent call waits, then finds
     * the credential this one stores.
     */
    public Optional<LockedForCredential> lockForCredential(UUID certificateId) {
        return jdbc.sql("SELECT " + COLUMNS + ", badge_jwt FROM certificate WHERE id = ? FOR UPDATE")
                .param(certificateId)
                .query((resultSet, row) -> new LockedForCredential(INFO.mapRow(resultSet, row),
                        resultSet.getString("badge_jwt")))
                .optional();
    }

    /** The certificate with this id, its row locked: concurrent changes of it wait, then see this one's. */
    public Optional<CertificateInfo> lockById(UUID certificateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ? FOR UPDATE").param(certificateId)
                .query(INFO).optional();
    }

    /** The certificate with this number, its row locked: concurrent changes of it wait, then see this one's. */
    public Optional<CertificateInfo> lock(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE number = ? FOR UPDATE").param(number)
                .query(INFO).optional();
    }

    // ---- the Open Badges credential

    /**
     * Keeps the certificate's signed credential and the salt of the holder's email hash in it;
     * a credential is never replaced.
     *
     * @return false when the certificate has a credential already (nothing is changed)
     */
    public boolean saveCredential(UUID certificateId, String jwt, String salt) {
        return jdbc.sql("UPDATE certificate SET badge_jwt = ?, badge_salt = ? WHERE id = ? AND badge_jwt IS NULL")
                .params(jwt, salt, certificateId).update() > 0;
    }

    // ---- the register

    /** One page of the certificates the query finds, in its order, with their status on {@code today}. */
    public List<RegisterEntry> search(RegisterQuery query, LocalDate today, int offset, int limit) {
        RegisterSql.Where where = RegisterSql.where(query, today);
        return jdbc.sql(RegisterSql.SELECT + where.sql() + RegisterSql.orderBy(query) + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(ENTRY).list();
    }

    public long count(RegisterQuery query, LocalDate today) {
        RegisterSql.Where where = RegisterSql.where(query, today);
        return jdbc.sql(RegisterSql.COUNT + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** One certificate as the register shows it, by its exact number. */
    public Optional<RegisterEntry> entry(String number, LocalDate today) {
        return jdbc.sql(RegisterSql.SELECT + " WHERE c.number = :number")
                .param("today", Date.valueOf(today)).param("number", number)
                .query(ENTRY).optional();
    }

    /**
     * Hands every certificate the query finds to {@code row}, in the query's order, reading a
     * batch at a time (call it inside a transaction, else PostgreSQL reads everything at once).
     *
     * @return how many there were
     */
    public int each(RegisterQuery query, LocalDate today, Consumer<RegisterEntry> row) {
        RegisterSql.Where where = RegisterSql.where(query, today);
        int[] rows = {0};
        streamingJdbc.sql(RegisterSql.SELECT + where.sql() + RegisterSql.orderBy(query)).params(where.params())
                .query((RowCallbackHandler) resultSet -> row.accept(ENTRY.mapRow(resultSet, rows[0]++)));
        return rows[0];
    }

    /**
     * Records a new status of the certificate and the change in its history.
     *
     * @param noConflictDeclared the deciding officer's declaration of no conflict of interest; null for a
     *                           change the lifecycle process records itself (expiry)
     */
    public void changeStatus(UUID certificateId, String status, String reason, String changedBy, Instant changedAt,
                             Boolean noConflictDeclared) {
        jdbc.sql("UPDATE certificate SET status = ? WHERE id = ?").params(status, certificateId).update();
        recordDecision(certificateId, status, null, reason, changedBy, changedAt, noConflictDeclared);
    }

    /**
     * Records a decision in the certificate's history without changing its recorded status (a reduction
     * of scope: the certificate is superseded by its successor).
     *
     * @param unitCode the unit the decision concerns, or null for the whole certificate
     */
    public void recordDecision(UUID certificateId, String decision, String unitCode, String reason, String changedBy,
                               Instant changedAt, Boolean noConflictDeclared) {
        jdbc.sql("""
                INSERT INTO certificate_status_change (id, certificate, status, unit_code, reason, changed_by,
                                                       changed_at, no_conflict_declared)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), certificateId, decision, unitCode, reason, changedBy,
                        Timestamp.from(changedAt), noConflictDeclared)
                .update();
    }

    // ---- the lifecycle process (certificate.lifecycle)

    /** Notes the certificate's lifecycle process instance. */
    public void lifecycleStarted(UUID certificateId, String processInstanceId) {
        jdbc.sql("UPDATE certificate SET lifecycle_process = ? WHERE id = ?").params(processInstanceId, certificateId)
                .update();
    }

    /** The certificate's lifecycle process instance, if it has been given one. */
    public Optional<String> lifecycleProcess(UUID certificateId) {
        return jdbc.sql("SELECT lifecycle_process FROM certificate WHERE id = ? AND lifecycle_process IS NOT NULL")
                .param(certificateId).query(String.class).optional();
    }

    /**
     * Certificates that still count (not withdrawn, expired or superseded) and have no lifecycle
     * process yet: those issued before the process existed. Rows another node is starting are skipped.
     */
    public List<CertificateInfo> lockWithoutLifecycle(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate"
                + " WHERE lifecycle_process IS NULL AND superseded_by IS NULL AND status IN ('ACTIVE', 'SUSPENDED')"
                + " ORDER BY issued_on, number LIMIT ? FOR UPDATE SKIP LOCKED").param(limit).query(INFO).list();
    }

    /** When the certificate's current suspension was recorded, if it is suspended. */
    public Optional<Instant> suspendedSince(UUID certificateId) {
        return jdbc.sql("""
                SELECT h.changed_at FROM certificate_status_change h JOIN certificate c ON c.id = h.certificate
                 WHERE c.id = ? AND c.status = 'SUSPENDED' AND h.status = 'SUSPENDED'
                 ORDER BY h.changed_at DESC LIMIT 1
                """).param(certificateId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Numbers of the certificates with these ids. */
    public List<String> numbers(List<UUID> certificateIds) {
        if (certificateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT number FROM certificate WHERE id IN (:ids) ORDER BY number")
                .param("ids", certificateIds).query(String.class).list();
    }

    /** The status changes recorded on a certificate, oldest first. */
    public List<StatusRecord> statusHistory(String number) {
        return jdbc.sql("""
                SELECT h.status, h.unit_code, h.reason, h.changed_by, h.changed_at, h.no_conflict_declared
                  FROM certificate_status_change h JOIN certificate c ON c.id = h.certificate
                 WHERE c.number = ? ORDER BY h.changed_at, h.id
                """).param(number).query(StatusRow.class).list().stream()
                .map(row -> new StatusRecord(row.status(), row.unitCode(), row.reason(), row.changedBy(),
                        row.changedAt().toInstant(), row.noConflictDeclared()))
                .toList();
    }

    private String json(List<CertifiedUnit> units) {
        try {
            return json.writeValueAsString(units);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
