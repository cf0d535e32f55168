package eu.skills4cities.citycert.certificate.register;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many certificates quickly for register tests: rows inserted with SQL, as the schema stores
 * them, all for one real submitted application of the holder (a certificate must belong to
 * one; the unit code keeps them apart). Each test uses its own token in names and numbers, so
 * tests sharing the database never count each other's rows.
 */
public final class RegisterRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final UUID application;
    private final String holderUsername;
    public final String token;

    public RegisterRows(JdbcClient jdbc, ApplicationService applications, CurrentUser holder) {
        this.jdbc = jdbc;
        this.application = applications.submit(holder, TestDocuments.application("SCPD")).id();
        this.holderUsername = holder.username();
        this.token = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
                + SEQUENCE.incrementAndGet();
    }

    /** A certificate of the given shape; returns its id. The number is {@code <token>-<suffix>}. */
    public UUID insert(String numberSuffix, String holderName, String roleCode, LocalDate issuedOn, LocalDate validUntil,
                String recordedStatus, UUID supersededBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO certificate (id, number, application, holder_username, holder_name, role_code, role_title,
                                         issued_on, valid_until, pdf, created_at, eqf_level, framework_label,
                                         unit_code, unit_title, status, superseded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 6, 'TEST v1', ?, ?, ?, ?)
                """).params(id, number(numberSuffix), application, holderUsername, holderName, roleCode,
                "Role " + roleCode, Date.valueOf(issuedOn), Date.valueOf(validUntil), new byte[] {1},
                "U-" + id, "Unit of " + roleCode, recordedStatus, supersededBy).update();
        return id;
    }

    /** A certificate still valid for years, neither suspended nor withdrawn nor superseded. */
    public UUID insert(String numberSuffix, String holderName, String roleCode, LocalDate issuedOn) {
        return insert(numberSuffix, holderName, roleCode, issuedOn, LocalDate.now().plusYears(3), "ACTIVE", null);
    }

    public String number(String suffix) {
        return token + "-" + suffix;
    }
}
