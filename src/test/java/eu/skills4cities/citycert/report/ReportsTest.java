package eu.skills4cities.citycert.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures against a data set counted by hand ({@link ReportSeed}: nine applications of one role,
 * seven submitted in {@value ReportSeed#YEAR}, one the year before and one after, and a draft).
 *
 * <pre>
 *  app  submitted  review  assessment  decision task  closed              unit scores (assessor)
 *  A1   Feb 1      +1      +5          +8             certified +10       U1 80, U2 70, U3 100 (X); role certificate, suspended
 *  A2   Mar 1      +2      +4          +6             partially +20       U1 90, U2 40, U3 0 (X); unit certificate (withdrawn next year)
 *  A3   Apr 1      +3                                 refused at review +4
 *  A4   May 1                                         not eligible
 *  A5   Jun 1      +1                                 withdrawn +2
 *  A6   Jul 1      +1                                 lapsed +31
 *  A7   Aug 1      +2      +6          +9             refused at decision +12   U1 55, U2 10 (Y)
 *  A8   Dec 20 (year before)  +13, in the year
 *  A9   Jan 5 (year after)
 * </pre>
 */
@CityCertSpringTest
class ReportsTest {

    @Autowired
    Reports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationService applications;

    private ReportSeed seed;
    private CurrentUser officer;
    private ReportFilter year;

    @BeforeEach
    void seeded() {
        seed = new ReportSeed(jdbc).write();
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        year = reports.filter(officer, LocalDate.of(ReportSeed.YEAR, 1, 1), LocalDate.of(ReportSeed.YEAR, 12, 31),
                seed.role);
    }

    @Test
    void the_period_figures_count_what_happened_in_the_period() {
        assertThat(reports.periodCounts(officer, year)).extracting(PeriodCount::measure, PeriodCount::count)
                .containsExactly(
                        tuple(PeriodMeasure.RECEIVED, 7L),
                        tuple(PeriodMeasure.ELIGIBLE, 6L),
                        tuple(PeriodMeasure.NOT_ELIGIBLE, 1L),
                        tuple(PeriodMeasure.REFUSED_AT_REVIEW, 1L),
                        tuple(PeriodMeasure.REFUSED_AT_DECISION, 1L),
                        tuple(PeriodMeasure.WITHDRAWN, 1L),
                        tuple(PeriodMeasure.LAPSED, 1L),
                        tuple(PeriodMeasure.CERTIFIED, 1L),
                        tuple(PeriodMeasure.PARTIALLY_CERTIFIED, 1L),
                        tuple(PeriodMeasure.ROLE_CERTIFICATES_ISSUED, 1L),
                        tuple(PeriodMeasure.UNIT_CERTIFICATES_ISSUED, 1L),
                        tuple(PeriodMeasure.CERTIFICATES_SUSPENDED, 1L),
                        tuple(PeriodMeasure.CERTIFICATES_WITHDRAWN, 0L),
                        tuple(PeriodMeasure.COMPLAINTS_RECEIVED, 0L),
                        tuple(PeriodMeasure.COMPLAINTS_DECIDED, 0L),
                        tuple(PeriodMeasure.APPEALS_RECEIVED, 0L),
                        tuple(PeriodMeasure.APPEALS_DECIDED, 0L),
                        tuple(PeriodMeasure.APPEALS_UPHELD, 0L),
                        tuple(PeriodMeasure.APPEALS_REJECTED, 0L),
                        tuple(PeriodMeasure.APPEALS_LAPSED, 0L),
                        tuple(PeriodMeasure.RECERTIFICATIONS_RECEIVED, 0L),
                        tuple(PeriodMeasure.RENEWALS_RECEIVED, 0L),
                        tuple(PeriodMeasure.RENEWALS_ACCEPTED, 0L),
                        tuple(PeriodMeasure.RENEWALS_REFUSED, 0L));
    }

    @Test
    void a_shorter_period_counts_only_its_days() {
        ReportFilter march = reports.filter(officer, LocalDate.of(ReportSeed.YEAR, 3, 1),
                LocalDate.of(ReportSeed.YEAR, 3, 31), seed.role);

        assertThat(reports.periodCounts(officer, march)).filteredOn(c -> c.count() > 0)
                .extracting(PeriodCount::measure, PeriodCount::count)
                .containsExactly(tuple(PeriodMeasure.RECEIVED, 1L), tuple(PeriodMeasure.ELIGIBLE, 1L),
                        tuple(PeriodMeasure.PARTIALLY_CERTIFIED, 1L), tuple(PeriodMeasure.UNIT_CERTIFICATES_ISSUED, 1L),
                        tuple(PeriodMeasure.CERTIFICATES_SUSPENDED, 1L));
    }

    @Test
    void cycle_times_give_the_median_and_90th_percentile_of_the_days_to_each_stage() {
        // review [1,1,1,2,2,3,13]: median 2, p90 at 5.4 = 3 + 0.4 * 10; assessment [4,5,6]; decision task [6,8,9];
        // decided [4,10,12,20]: median 11, p90 at 2.7 = 12 + 0.7 * 8
        assertThat(reports.cycleTimes(officer, year)).extracting(CycleTime::roleCode, CycleTime::stage,
                        CycleTime::applications, CycleTime::medianDays, CycleTime::p90Days)
                .containsExactly(
                        tuple(seed.role, CycleStage.REVIEW, 7L, new BigDecimal("2.00"), new BigDecimal("7.00")),
                        tuple(seed.role, CycleStage.ASSESSMENT, 3L, new BigDecimal("5.00"), new BigDecimal("5.80")),
                        tuple(seed.role, CycleStage.DECISION, 3L, new BigDecimal("8.00"), new BigDecimal("8.80")),
                        tuple(seed.role, CycleStage.DECIDED, 4L, new BigDecimal("11.00"), new BigDecimal("17.60")));
    }

    @Test
    void service_levels_count_overdue_tasks_by_due_month_and_escalations_by_month() {
        assertThat(reports.serviceLevels(officer, year)).extracting(ServiceLevel::month, ServiceLevel::stage,
                        ServiceLevel::overdue, ServiceLevel::escalated)
                .containsExactly(
                        tuple(ReportSeed.YEAR + "-02", "REVIEW", 1L, 0L),
                        tuple(ReportSeed.YEAR + "-03", "REVIEW", 1L, 1L),
                        tuple(ReportSeed.YEAR + "-07", "REVIEW", 1L, 0L),
                        tuple(ReportSeed.YEAR + "-08", "DECISION", 1L, 1L));
    }

    @Test
    void pass_rates_per_role_and_unit_and_the_score_distribution() {
        assertThat(reports.rolePassRates(officer, year)).extracting(RolePassRate::roleCode, RolePassRate::assessed,
                        RolePassRate::competent, RolePassRate::partial, RolePassRate::notYetCompetent,
                        RolePassRate::passRate)
                .containsExactly(tuple(seed.role, 3L, 1L, 1L, 1L, new BigDecimal("0.3333")));
        assertThat(reports.unitPassRates(officer, year)).extracting(UnitPassRate::unitCode, UnitPassRate::assessed,
                        UnitPassRate::passed, UnitPassRate::passRate, UnitPassRate::meanScore)
                .containsExactly(
                        tuple("U1", 3L, 2L, new BigDecimal("0.6667"), new BigDecimal("75.00")),
                        tuple("U2", 3L, 1L, new BigDecimal("0.3333"), new BigDecimal("40.00")),
                        tuple("U3", 2L, 1L, new BigDecimal("0.5000"), new BigDecimal("50.00")));

        List<ScoreBand> bands = reports.scoreDistribution(officer, year);
        assertThat(bands).hasSize(30).allMatch(b -> b.roleCode().equals(seed.role));
        assertThat(bands).filteredOn(b -> b.scores() > 0).extracting(ScoreBand::unitCode, ScoreBand::label,
                        ScoreBand::scores)
                .containsExactly(tuple("U1", "50-59", 1L), tuple("U1", "80-89", 1L), tuple("U1", "90-100", 1L),
                        tuple("U2", "10-19", 1L), tuple("U2", "40-49", 1L), tuple("U2", "70-79", 1L),
                        tuple("U3", "0-9", 1L), tuple("U3", "90-100", 1L));
    }

    @Test
    void assessor_consistency_gives_each_assessors_pass_rate_and_mean_score() {
        CurrentUser auditor = accounts.create(Role.AUDITOR);

        assertThat(reports.assessorConsistency(auditor, year)).extracting(AssessorConsistency::assessor,
                        AssessorConsistency::applications, AssessorConsistency::units, AssessorConsistency::passed,
                        AssessorConsistency::passRate, AssessorConsistency::meanScore)
                .containsExactly(
                        tuple(seed.assessorX, 2L, 6L, 4L, new BigDecimal("0.6667"), new BigDecimal("63.33")),
                        tuple(seed.assessorY, 1L, 2L, 0L, new BigDecimal("0.0000"), new BigDecimal("32.50")));
    }

    @Test
    void the_backlog_counts_todays_open_staff_tasks_per_queue() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        ReportFilter scpm = reports.filter(admin, null, null, "SCPM");
        long before = reviewers(reports.backlog(admin, scpm)).open();
        long unclaimedBefore = reviewers(reports.backlog(admin, scpm)).unassigned();

        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));

        QueueBacklog after = reviewers(reports.backlog(admin, scpm));
        assertThat(after.open()).isEqualTo(before + 1);
        assertThat(after.unassigned()).isEqualTo(unclaimedBefore + 1);
        assertThat(reports.backlog(admin, year)).isEmpty();
    }

    @Test
    void a_period_without_data_has_empty_figures_but_the_period_counts_say_zero() {
        ReportFilter empty = reports.filter(officer, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), seed.role);
        ReportPage page = reports.page(officer, empty);

        assertThat(page.rows(ReportFigure.PERIOD)).allMatch(row -> ((PeriodCount) row).count() == 0);
        assertThat(page.figures().keySet()).containsExactly(ReportFigure.values());
        page.figures().forEach((figure, rows) -> {
            if (figure != ReportFigure.PERIOD) {
                assertThat(rows).as(figure.name()).isEmpty();
            }
        });
    }

    @Test
    void candidates_reviewers_and_assessors_read_no_report() {
        for (Role refused : List.of(Role.CANDIDATE, Role.REVIEWER, Role.ASSESSOR)) {
            CurrentUser user = accounts.create(refused);
            assertThatThrownBy(() -> reports.filter(user, null, null, null)).isInstanceOf(RefusedException.class);
            assertThatThrownBy(() -> reports.periodCounts(user, year)).isInstanceOf(RefusedException.class);
            assertThatThrownBy(() -> reports.page(user, year)).isInstanceOf(RefusedException.class);
        }
    }

    @Test
    void administrators_read_every_report_but_the_assessors_consistency_unless_also_officer_or_auditor() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        assertThat(reports.figures(admin)).doesNotContain(ReportFigure.ASSESSOR_CONSISTENCY)
                .hasSize(ReportFigure.values().length - 1);
        assertThat(reports.page(admin, year).figures()).doesNotContainKey(ReportFigure.ASSESSOR_CONSISTENCY);
        assertThatThrownBy(() -> reports.assessorConsistency(admin, year)).isInstanceOf(RefusedException.class);

        CurrentUser adminAndAuditor = accounts.create(Role.ADMIN, Role.AUDITOR);
        assertThat(reports.assessorConsistency(adminAndAuditor, year)).hasSize(2);
        assertThat(reports.figures(officer)).containsExactly(ReportFigure.values());
    }

    @Test
    void a_bad_filter_is_refused_naming_the_field() {
        assertThat(problems(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null))
                .containsExactly("problem.report.to-before-from");
        assertThat(problems(LocalDate.of(1999, 12, 31), LocalDate.of(2005, 1, 1), null))
                .containsExactly("problem.report.from-too-early");
        assertThat(problems(LocalDate.of(2000, 1, 1), LocalDate.of(2011, 1, 1), null))
                .containsExactly("problem.report.period-too-long");
        assertThat(problems(LocalDate.of(2024, 1, 1), LocalDate.now().plusYears(2), null))
                .contains("problem.report.to-too-late");
        assertThat(problems(null, null, "NO-SUCH-ROLE")).containsExactly("problem.report.role-unknown");
        InvalidInputException longRole = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> reports.filter(officer, null, null, "X".repeat(5000)));
        assertThat(longRole.problems().get(0).args().get(0)).hasSize(41);
    }

    @Test
    void the_filter_defaults_to_this_year_up_to_today_and_every_role() {
        ReportFilter filter = reports.filter(officer, null, null, " ");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(filter).isEqualTo(new ReportFilter(today.withDayOfYear(1), today, null));
        assertThat(reports.roles(officer)).contains("SCPM", seed.role).doesNotHaveDuplicates();
    }

    @Test
    void a_figure_as_csv_has_translated_headers_and_the_rows_cells() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.csv(officer, ReportFigure.CYCLE_TIMES, year, Locale.ENGLISH, () -> out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Role,Stage,Applications,Median (days),90th percentile (days)",
                seed.role + ",REVIEW,7,2.00,7.00",
                seed.role + ",ASSESSMENT,3,5.00,5.80",
                seed.role + ",DECISION,3,8.00,8.80",
                seed.role + ",DECIDED,4,11.00,17.60");
        assertThat(reports.csvFileName(ReportFigure.CYCLE_TIMES, year))
                .isEqualTo("report-cycle-times-2003-01-01-2003-12-31-" + seed.role + ".csv");
    }

    private List<String> problems(LocalDate from, LocalDate to, String role) {
        try {
            reports.filter(officer, from, to, role);
        } catch (InvalidInputException invalid) {
            return invalid.problems().stream().map(UserMessage::key).toList();
        }
        return List.of();
    }

    private static QueueBacklog reviewers(List<QueueBacklog> backlog) {
        return backlog.stream().filter(b -> b.queue().equals("reviewers")).findFirst()
                .orElse(new QueueBacklog("reviewers", 0, 0, 0));
    }
}
