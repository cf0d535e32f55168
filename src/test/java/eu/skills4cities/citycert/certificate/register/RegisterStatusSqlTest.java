package eu.skills4cities.citycert.certificate.register;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status the register computes in SQL (for searching and sorting) is the one
 * {@link CertificateStatus#of} gives in Java, for every combination of recorded status,
 * supersession and validity (expired yesterday, last valid day today, valid later).
 */
@CityCertSpringTest
class RegisterStatusSqlTest {

    @Autowired
    CertificateRegister register;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    record Stored(String number, String status, UUID supersededBy, LocalDate validUntil) {
    }

    @Test
    void the_status_computed_in_sql_agrees_with_certificate_status_of_for_every_case() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        RegisterRows rows = new RegisterRows(jdbc, applications, accounts.create(Role.CANDIDATE));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID later = rows.insert("LATER", "Later " + rows.token, "SCPD", today);
        int n = 0;
        for (String recorded : List.of("ACTIVE", "SUSPENDED", "WITHDRAWN")) {
            for (UUID supersededBy : new UUID[] {null, later}) {
                for (LocalDate validUntil : List.of(today.minusDays(1), today, today.plusDays(1))) {
                    rows.insert("C%02d".formatted(n++), "Case " + rows.token, "SCPD", today.minusYears(1), validUntil, recorded,
                            supersededBy);
                }
            }
        }

        List<RegisterEntry> entries = register.search(officer,
                new RegisterQuery(null, "Case " + rows.token, null, null, null, null, null, null, null, false), 0, 100);

        assertThat(entries).hasSize(18);
        Set<CertificateStatus> seen = EnumSet.noneOf(CertificateStatus.class);
        for (RegisterEntry entry : entries) {
            Stored stored = jdbc.sql("SELECT number, status, superseded_by, valid_until FROM certificate WHERE id = ?")
                    .param(entry.id()).query(Stored.class).single();
            CertificateStatus java = CertificateStatus.of(stored.status(), stored.supersededBy(), stored.validUntil(),
                    today);
            assertThat(entry.status()).as("%s", stored).isEqualTo(java);
            seen.add(java);
            for (CertificateStatus filter : CertificateStatus.values()) {
                long found = register.count(officer, new RegisterQuery(entry.number(), null, null, filter, null, null,
                        null, null, null, false));
                assertThat(found).as("%s filtered by %s", stored, filter).isEqualTo(filter == java ? 1 : 0);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(CertificateStatus.values());
    }
}
