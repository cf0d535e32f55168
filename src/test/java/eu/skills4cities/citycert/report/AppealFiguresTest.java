package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static eu.skills4cities.citycert.report.ReportSeed.at;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Appeals (report_appeal, V37) and complaints (report_complaint, V33) in the period figures and in the
 * outcome times, against rows written at known times for a fresh role ({@link ReportSeed#appealsAndComplaints()}),
 * counted by hand:
 *
 * <pre>
 *  appeal  received  closed                 complaint  received  closed
 *  P1      Mar 1     upheld Mar 11 (10 d)   K1         Mar 2     a warning Mar 8 (6 d)
 *  P2      Mar 5     rejected Mar 9 (4 d)   K2         Mar 3     not a complaint Mar 4 (1 d)
 *  P3      Mar 20    lapsed Apr 30          K3         Mar 10    no action Apr 10 (31 d)
 *  P4      Apr 1     open                   K4         Mar 12    about the body, upheld Mar 14 (no role)
 *  P5      Feb 20    rejected Mar 3 (11 d)
 *  P6      Jan 10    upheld Feb 1 (22 d)
 * </pre>
 * and, for a second role, one appeal received on Mar 15 and one complaint received on Mar 16. Renewals and
 * recertification applications, the period figures that came with them, have their own rows
 * ({@link ReportSeed#renewalsAndRecertification()}).
 */
@CityCertSpringTest
class AppealFiguresTest {

    @Autowired
    Reports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private CurrentUser officer;
    private ReportSeed seed;
    private ReportSeed other;
    private List<OutcomeTime> allRolesInMarchBefore;

    @BeforeEach
    void seeded() {
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        allRolesInMarchBefore = reports.outcomeTimes(officer, march(null));
        seed = new ReportSeed(jdbc).appealsAndComplaints();

        other = new ReportSeed(jdbc);
        other.appeal(other.application("REJECTED"), at(3, 15), "OPEN", null);
        other.complaint(other.certificate(other.application("CERTIFIED"), null, LocalDate.of(ReportSeed.YEAR, 1, 5)),
                at(3, 16), null, null);
    }

    @Test
    void the_period_figures_count_appeals_received_decided_upheld_rejected_and_lapsed() {
        assertThat(counts(march(seed.role))).containsExactly(
                tuple(PeriodMeasure.COMPLAINTS_RECEIVED, 3L),
                tuple(PeriodMeasure.COMPLAINTS_DECIDED, 2L),
                tuple(PeriodMeasure.APPEALS_RECEIVED, 3L),
                tuple(PeriodMeasure.APPEALS_DECIDED, 3L),
                tuple(PeriodMeasure.APPEALS_UPHELD, 1L),
                tuple(PeriodMeasure.APPEALS_REJECTED, 2L),
                tuple(PeriodMeasure.APPEALS_LAPSED, 0L));
        assertThat(counts(year(seed.role))).containsExactly(
                tuple(PeriodMeasure.COMPLAINTS_RECEIVED, 3L),
                tuple(PeriodMeasure.COMPLAINTS_DECIDED, 3L),
                tuple(PeriodMeasure.APPEALS_RECEIVED, 6L),
                tuple(PeriodMeasure.APPEALS_DECIDED, 4L),
                tuple(PeriodMeasure.APPEALS_UPHELD, 2L),
                tuple(PeriodMeasure.APPEALS_REJECTED, 2L),
                tuple(PeriodMeasure.APPEALS_LAPSED, 1L));
    }

    @Test
    void outcome_times_give_the_median_days_from_receipt_to_outcome_for_the_period() {
        // March: appeals decided [10, 4, 11] -> median 10; complaints closed [6, 1] -> 3.5
        assertThat(outcomeTimes(march(seed.role))).containsExactly(
                tuple("APPEAL", 3L, 3L, 1L, new BigDecimal("10.00")),
                tuple("COMPLAINT", 3L, 2L, 1L, new BigDecimal("3.50")));
        // the year: appeals [10, 4, 11, 22] -> 10.5; complaints [6, 1, 31] -> 6
        assertThat(outcomeTimes(year(seed.role))).containsExactly(
                tuple("APPEAL", 6L, 4L, 2L, new BigDecimal("10.50")),
                tuple("COMPLAINT", 3L, 3L, 1L, new BigDecimal("6.00")));
        // April: P3 lapsed (not decided) and P4 received; K3 closed after 31 days
        assertThat(outcomeTimes(period(LocalDate.of(ReportSeed.YEAR, 4, 1), LocalDate.of(ReportSeed.YEAR, 4, 30),
                seed.role))).containsExactly(
                tuple("APPEAL", 1L, 0L, 0L, null),
                tuple("COMPLAINT", 0L, 1L, 0L, new BigDecimal("31.00")));
        assertThat(reports.outcomeTimes(officer, period(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31),
                seed.role))).isEmpty();
    }

    @Test
    void outcome_times_honour_the_role_filter() {
        assertThat(outcomeTimes(march(other.role))).containsExactly(
                tuple("APPEAL", 1L, 0L, 0L, null),
                tuple("COMPLAINT", 1L, 0L, 0L, null));

        // every role: both roles' rows and the complaint about the body, which names no role
        List<OutcomeTime> all = reports.outcomeTimes(officer, march(null));
        assertThat(received(all, "APPEAL") - received(allRolesInMarchBefore, "APPEAL")).isEqualTo(3 + 1);
        assertThat(received(all, "COMPLAINT") - received(allRolesInMarchBefore, "COMPLAINT")).isEqualTo(3 + 1 + 1);
    }

    @Test
    void the_figure_is_on_the_page_and_in_csv_for_every_report_reader() {
        for (Role reader : List.of(Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN)) {
            CurrentUser user = accounts.create(reader);
            assertThat(reports.page(user, march(seed.role)).rows(ReportFigure.OUTCOME_TIMES)).hasSize(2);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        reports.csv(officer, ReportFigure.OUTCOME_TIMES, march(seed.role), java.util.Locale.ENGLISH, () -> out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "Kind,Received,Decided,Upheld,Median (days)", "APPEAL,3,3,1,10.00", "COMPLAINT,3,2,1,3.50");
    }

    @Test
    void the_period_figures_count_renewals_and_recertification_applications() {
        ReportSeed renewals = new ReportSeed(jdbc).renewalsAndRecertification();

        // March: renewals made on Mar 3 and Mar 25, one accepted on Mar 2, one refused on Mar 20; the
        // recertification application submitted on Mar 10 (also among those received)
        assertThat(reports.periodCounts(officer, march(renewals.role))).filteredOn(c -> c.count() > 0)
                .extracting(PeriodCount::measure, PeriodCount::count)
                .containsExactly(tuple(PeriodMeasure.RECEIVED, 1L), tuple(PeriodMeasure.RECERTIFICATIONS_RECEIVED, 1L),
                        tuple(PeriodMeasure.RENEWALS_RECEIVED, 2L), tuple(PeriodMeasure.RENEWALS_ACCEPTED, 1L),
                        tuple(PeriodMeasure.RENEWALS_REFUSED, 1L));
        assertThat(reports.periodCounts(officer, period(LocalDate.of(ReportSeed.YEAR, 2, 1),
                        LocalDate.of(ReportSeed.YEAR, 2, 28), renewals.role))).filteredOn(c -> c.count() > 0)
                .extracting(PeriodCount::measure, PeriodCount::count)
                .containsExactly(tuple(PeriodMeasure.RENEWALS_RECEIVED, 1L));
        assertThat(reports.periodCounts(officer, march(seed.role)))
                .filteredOn(c -> c.measure().name().startsWith("RENEWALS_")
                        || c.measure() == PeriodMeasure.RECERTIFICATIONS_RECEIVED)
                .as("another role's renewals are not counted").hasSize(4).allMatch(c -> c.count() == 0);
    }

    @Test
    void the_api_answers_the_figure_and_refuses_those_who_read_no_report() throws Exception {
        mvc.perform(get("/api/reports/outcome-times").param("from", ReportSeed.YEAR + "-03-01")
                        .param("to", ReportSeed.YEAR + "-03-31").param("role", seed.role)
                        .with(user(officer.username()).roles(Role.CERTIFICATION_OFFICER.name())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].kind").value("APPEAL"))
                .andExpect(jsonPath("$.rows[0].received").value(3))
                .andExpect(jsonPath("$.rows[0].medianDays").value(10.0))
                .andExpect(jsonPath("$.rows[1].kind").value("COMPLAINT"))
                .andExpect(jsonPath("$.rows[1].upheld").value(1));
        mvc.perform(get("/api/reports/outcome-times").param("role", seed.role)
                        .with(user(accounts.create(Role.ASSESSOR).username()).roles(Role.ASSESSOR.name())))
                .andExpect(status().isForbidden());
    }

    private List<org.assertj.core.groups.Tuple> counts(ReportFilter filter) {
        return reports.periodCounts(officer, filter).stream()
                .filter(c -> c.measure().name().startsWith("APPEALS_") || c.measure().name().startsWith("COMPLAINTS_"))
                .map(c -> tuple(c.measure(), c.count())).toList();
    }

    private List<org.assertj.core.groups.Tuple> outcomeTimes(ReportFilter filter) {
        return reports.outcomeTimes(officer, filter).stream()
                .map(o -> tuple(o.kind(), o.received(), o.decided(), o.upheld(), o.medianDays())).toList();
    }

    private static long received(List<OutcomeTime> rows, String kind) {
        return rows.stream().filter(o -> o.kind().equals(kind)).mapToLong(OutcomeTime::received).sum();
    }

    private ReportFilter march(String role) {
        return period(LocalDate.of(ReportSeed.YEAR, 3, 1), LocalDate.of(ReportSeed.YEAR, 3, 31), role);
    }

    private ReportFilter year(String role) {
        return period(LocalDate.of(ReportSeed.YEAR, 1, 1), LocalDate.of(ReportSeed.YEAR, 12, 31), role);
    }

    private ReportFilter period(LocalDate from, LocalDate to, String role) {
        return reports.filter(officer, from, to, role);
    }
}
