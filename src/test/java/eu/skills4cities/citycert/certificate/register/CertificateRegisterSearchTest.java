package eu.skills4cities.citycert.certificate.register;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityCertSpringTest
class CertificateRegisterSearchTest {

    private static final LocalDate D2020 = LocalDate.of(2020, 3, 1);
    private static final LocalDate D2021 = LocalDate.of(2021, 6, 15);
    private static final LocalDate D2022 = LocalDate.of(2022, 9, 30);

    @Autowired
    CertificateRegister register;
    @Autowired
    CertificateService certificates;
    @Autowired
    ApplicationService applications;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser auditor;
    private RegisterRows rows;

    @BeforeEach
    void aRegisterWithRows() {
        auditor = accounts.create(Role.AUDITOR);
        rows = new RegisterRows(jdbc, applications, accounts.create(Role.CANDIDATE));
    }

    @Test
    void a_real_certificate_is_found_by_its_whole_number_or_its_beginning_in_any_case() {
        CurrentUser holder = accounts.create(Role.CANDIDATE);
        CertificateInfo issued = certificates.issue(
                applications.submit(holder, TestDocuments.application("SCPD")).id()).get(0);

        List<RegisterEntry> exact = search(query(issued.number().toLowerCase(Locale.ROOT), null, null, null));
        assertThat(exact).singleElement().satisfies(entry -> {
            assertThat(entry.number()).isEqualTo(issued.number());
            assertThat(entry.holderName()).isEqualTo(issued.holderName());
            assertThat(entry.roleCode()).isEqualTo("SCPD");
            assertThat(entry.roleTitle()).isEqualTo("Smart City Project Developer");
            assertThat(entry.issuedOn()).isEqualTo(issued.issuedOn());
            assertThat(entry.validUntil()).isEqualTo(issued.validUntil());
            assertThat(entry.status()).isEqualTo(CertificateStatus.ACTIVE);
            assertThat(entry.supersededByNumber()).isNull();
        });
        String prefix = issued.number().substring(0, 12).toLowerCase(Locale.ROOT);
        assertThat(search(query(prefix, null, null, null))).extracting(RegisterEntry::number)
                .contains(issued.number()).allMatch(n -> n.startsWith(issued.number().substring(0, 12)));
        assertThat(search(query(issued.number().substring(1), null, null, null)))
                .as("the number must match from its beginning").isEmpty();
    }

    @Test
    void the_holder_filter_finds_part_of_the_name_in_any_case_and_takes_wildcards_literally() {
        rows.insert("1", "Anna " + rows.token + " Müller", "SCPD", D2020);
        rows.insert("2", "Bert " + rows.token + " Müllerová", "SCPD", D2021);
        rows.insert("3", "Carla " + rows.token + " Schmidt", "SCPD", D2022);
        rows.insert("4", "Dora " + rows.token + "_% Special", "SCPD", D2022);

        assertThat(numbers(query(null, rows.token.toLowerCase(Locale.ROOT) + " müller", null, null)))
                .containsExactlyInAnyOrder(rows.number("1"), rows.number("2"));
        assertThat(numbers(query(null, rows.token + " MÜLLER", null, null)))
                .as("case-insensitive beyond ASCII").containsExactlyInAnyOrder(rows.number("1"), rows.number("2"));
        assertThat(numbers(query(null, rows.token + "_%", null, null))).containsExactly(rows.number("4"));
        assertThat(numbers(query(null, rows.token + "_", null, null)))
                .as("_ is no wildcard").containsExactly(rows.number("4"));
        assertThat(count(query(null, rows.token, null, null))).isEqualTo(4);
    }

    @Test
    void role_status_and_date_filters_narrow_the_result_and_combine() {
        String role = rows.token.substring(0, Math.min(rows.token.length(), 30));
        String name = "Holder " + rows.token;
        LocalDate today = LocalDate.now();
        rows.insert("A", name, role, D2020);
        rows.insert("B", name, role, D2021, today.minusDays(1), "ACTIVE", null);
        rows.insert("C", name, role, D2022, today.plusYears(1), "SUSPENDED", null);
        rows.insert("D", name, "OTHER", D2022);

        assertThat(numbers(new RegisterQuery(null, rows.token, role, null, null, null, null, null, null, false)))
                .containsExactlyInAnyOrder(rows.number("A"), rows.number("B"), rows.number("C"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, CertificateStatus.EXPIRED, null, null, null,
                null, null, false))).containsExactly(rows.number("B"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, CertificateStatus.SUSPENDED, null, null, null,
                null, null, false))).containsExactly(rows.number("C"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, CertificateStatus.ACTIVE, null, null, null,
                null, null, false))).containsExactlyInAnyOrder(rows.number("A"), rows.number("D"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, null, D2021, D2022, null, null, null, false)))
                .as("issue dates, both ends inclusive")
                .containsExactlyInAnyOrder(rows.number("B"), rows.number("C"), rows.number("D"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, null, null, D2021, null, null, null, false)))
                .containsExactlyInAnyOrder(rows.number("A"), rows.number("B"));
        assertThat(numbers(new RegisterQuery(null, rows.token, null, null, null, null, today.minusDays(1),
                today.plusYears(1), null, false))).as("validity end, both ends inclusive")
                .containsExactlyInAnyOrder(rows.number("B"), rows.number("C"));
        assertThat(numbers(new RegisterQuery(rows.token + "-", rows.token, role, CertificateStatus.ACTIVE, D2020,
                D2020, null, null, null, false))).as("every filter at once").containsExactly(rows.number("A"));
        assertThat(numbers(new RegisterQuery(null, rows.token, "OTHER", CertificateStatus.SUSPENDED, null, null,
                null, null, null, false))).isEmpty();
    }

    @Test
    void results_come_sorted_and_a_page_at_a_time_with_the_total() {
        String name = "Pager " + rows.token;
        for (int i = 1; i <= 7; i++) {
            rows.insert("P" + i, name + " " + (char) ('a' + 7 - i), "SCPD", D2020.plusDays(i));
        }
        RegisterQuery newestFirst = new RegisterQuery(null, rows.token, null, null, null, null, null, null,
                RegisterSort.ISSUED_ON, true);

        assertThat(register.count(auditor, newestFirst)).isEqualTo(7);
        assertThat(register.search(auditor, newestFirst, 0, 3)).extracting(RegisterEntry::number)
                .containsExactly(rows.number("P7"), rows.number("P6"), rows.number("P5"));
        assertThat(register.search(auditor, newestFirst, 6, 3)).extracting(RegisterEntry::number)
                .containsExactly(rows.number("P1"));
        assertThat(register.search(auditor, new RegisterQuery(null, rows.token, null, null, null, null, null, null,
                RegisterSort.HOLDER, false), 0, 2)).extracting(RegisterEntry::number)
                .containsExactly(rows.number("P7"), rows.number("P6"));
        assertThat(register.search(auditor, new RegisterQuery(null, rows.token, null, null, null, null, null, null,
                RegisterSort.NUMBER, true), 0, 1)).extracting(RegisterEntry::number)
                .containsExactly(rows.number("P7"));
    }

    @Test
    void a_search_that_makes_no_sense_is_refused_with_clear_messages() {
        RegisterQuery reversed = new RegisterQuery(null, null, null, null, D2022, D2020, D2022, D2021, null, false);

        assertThatThrownBy(() -> register.search(auditor, reversed, 0, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(TestMessages.english(e.problems()))
                        .containsExactly("The \"issued from\" date must not be after the \"issued to\" date.",
                                "The \"valid from\" date must not be after the \"valid to\" date."));
        assertThatThrownBy(() -> register.search(auditor, RegisterQuery.all(), -1, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(TestMessages.english(e.problems()))
                        .containsExactly("The page number must be 0 or more.", "The page size must be from 1 to 500."));
    }

    @Test
    void only_officers_auditors_and_administrators_read_the_register() {
        for (Role role : List.of(Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN)) {
            assertThat(register.count(accounts.create(role), query(null, rows.token, null, null))).isZero();
        }
        for (Role role : List.of(Role.CANDIDATE, Role.REVIEWER, Role.ASSESSOR)) {
            CurrentUser user = accounts.create(role);
            assertThatThrownBy(() -> register.search(user, RegisterQuery.all(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.export(user, RegisterQuery.all(), Locale.ENGLISH,
                    ByteArrayOutputStream::new)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.history(user, "CC-2026-0000-0000"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_export_holds_every_filtered_row_with_the_header_and_the_superseding_number() {
        UUID role = rows.insert("R", "Exported " + rows.token, "SCPD", D2022);
        UUID unit = rows.insert("U", "=HYPERLINK(\"x\") " + rows.token, "SCPD", D2021, LocalDate.now().plusYears(1),
                "ACTIVE", role);
        rows.insert("X", "Other " + rows.token, "SCPM", D2021);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        register.export(auditor, new RegisterQuery(null, rows.token, "SCPD", null, null, null, null, null,
                RegisterSort.ISSUED_ON, true), Locale.ENGLISH, () -> out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).as("UTF-8 byte order mark").startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1)).containsExactly(
                "Number,Holder name,Role code,Role title,Unit code,Unit title,EQF level,Framework version,Issued on,"
                        + "Valid until,Status,Superseded by",
                rows.number("R") + ",Exported " + rows.token + ",SCPD,Role SCPD,U-" + role + ",Unit of SCPD,6,TEST v1,"
                        + "2022-09-30," + LocalDate.now().plusYears(3) + ",ACTIVE,",
                rows.number("U") + ",\"'=HYPERLINK(\"\"x\"\") " + rows.token + "\",SCPD,Role SCPD,U-" + unit
                        + ",Unit of SCPD,6,TEST v1,2021-06-15," + LocalDate.now().plusYears(1) + ",SUPERSEDED,"
                        + rows.number("R"),
                "");
    }

    private RegisterQuery query(String number, String holder, String role, CertificateStatus status) {
        return new RegisterQuery(number, holder, role, status, null, null, null, null, RegisterSort.NUMBER, false);
    }

    private List<RegisterEntry> search(RegisterQuery query) {
        return register.search(auditor, query, 0, 100);
    }

    private List<String> numbers(RegisterQuery query) {
        return search(query).stream().map(RegisterEntry::number).toList();
    }

    private long count(RegisterQuery query) {
        return register.count(auditor, query);
    }
}
