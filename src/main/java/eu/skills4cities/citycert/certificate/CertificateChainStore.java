package eu.skills4cities.citycert.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the chain of successors a certificate belongs to (columns {@code predecessor} and
 * {@code succession} of the certificate table, V23). Public for the module's own packages (the
 * verification); {@code CertificateTableOwnerTest} keeps other modules away. Runs in the caller's transaction.
 */
@Repository
public class CertificateChainStore {

    private final JdbcClient jdbc;

    CertificateChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, String number, String unitCode, LocalDate issuedOn, LocalDate validUntil,
                       String predecessorNumber, String succession, String recordedStatus, UUID supersededBy) {
    }

    /** The chain of the certificate with this number, with each certificate's status on {@code today}. */
    public Optional<CertificateChain> of(String number, LocalDate today) {
        List<Row> rows = jdbc.sql("""
                WITH RECURSIVE origin AS (
                    SELECT id, predecessor FROM certificate WHERE number = :number
                    UNION ALL
                    SELECT c.id, c.predecessor FROM certificate c JOIN origin o ON c.id = o.predecessor),
                chain AS (
                    SELECT id FROM origin WHERE predecessor IS NULL
                    UNION ALL
                    SELECT c.id FROM certificate c JOIN chain ch ON c.predecessor = ch.id)
                SELECT c.id, c.number, c.unit_code, c.issued_on, c.valid_until, p.number AS predecessor_number,
                       c.succession, c.status AS recorded_status, c.superseded_by
                  FROM chain ch JOIN certificate c ON c.id = ch.id LEFT JOIN certificate p ON p.id = c.predecessor
                 ORDER BY c.issued_on, c.created_at, coalesce(c.unit_code, ''), c.number
                """).param("number", number).query(Row.class).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CertificateChain(rows.stream().map(row -> new CertificateChain.Link(row.number(),
                row.unitCode(), row.issuedOn(), row.validUntil(), row.predecessorNumber(),
                row.succession() == null ? null : Succession.valueOf(row.succession()),
                CertificateStatus.of(row.recordedStatus(), row.supersededBy(), row.validUntil(), today))).toList()));
    }

    /** The certificates directly succeeding this one, oldest first. */
    List<UUID> successors(UUID certificateId) {
        return jdbc.sql("SELECT id FROM certificate WHERE predecessor = ? ORDER BY issued_on, created_at, coalesce(unit_code, ''), number")
                .param(certificateId).query(UUID.class).list();
    }
}
