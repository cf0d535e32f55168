package eu.skills4cities.citycert.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exam figures against a data set worked out by hand ({@link ExamReportSeed}, one fresh role, {@value
 * ReportSeed#YEAR}).
 *
 * <p>Item statistics. Five items (I1, I5 of element U1-E1, I2 of U1-E2, I3 and I4 of U2-E3; I3 is multiple choice,
 * options 0 and 2 correct) and six submitted sessions; 1 right, 0 not right (. unanswered, also 0), - not on the
 * form; the rest is the session's total less the item:
 * <pre>
 *         I1  I2  I3  I4  I5   total
 *   S1    1   0   1   1   1    4
 *   S2    1   0   1   1   1    4
 *   S3    1   0   0   0   1    2
 *   S4    1   0   1   -   1    3
 *   S5    0   .   0   -   1    1
 *   S6    .   1   0   -   1    2
 * </pre>
 * Pearson's r = Sxy / sqrt(Sxx Syy), with Sxy = sum(x y) - n mean(x) mean(y), and so on:
 * <ul>
 *   <li>I1: x 1,1,1,1,0,0, rest 3,3,1,2,1,2; p 4/6 = 0.6667; Sxy 9 - 6 (2/3) 2 = 1; Sxx 4 - 6 (4/9) = 4/3;
 *       Syy 28 - 6 (2^2) = 4; r = 1 / sqrt(16/3) = 0.4330. Nothing to review. Answered 5 (S6 cleared it).</li>
 *   <li>I2: x 0,0,0,0,0,1, rest 4,4,2,3,1,1; p 1/6 = 0.1667 (too hard); Sxy 1 - 6 (1/6) 2.5 = -1.5;
 *       Sxx 1 - 1/6 = 5/6; Syy 47 - 6 (2.5^2) = 9.5; r = -1.5 / sqrt(7.9167) = -0.5331 (weak). Answered 5.</li>
 *   <li>I3: x 1,1,0,1,0,0, rest 3,3,2,2,1,2; p 0.5; Sxy 8 - 6 (1/2) (13/6) = 1.5; Sxx 1.5; Syy 31 - 169/6 = 2.8333;
 *       r = 1.5 / sqrt(4.25) = 0.7276. Right for the options chosen 2 and 0 in either order; not for 0 alone
 *       nor 0, 1 and 2.</li>
 *   <li>I4: three sessions, 2 right: p 0.6667, fewer than 5 sessions, so no correlation and no review.</li>
 *   <li>I5: all six right: p 1 (too easy); x never varies, so no correlation.</li>
 * </ul>
 * A voided session, a running one and one submitted the year after (each with every item right) count nowhere.
 *
 * <p>Pass rates by route, U1 and U2 scored in the year: portfolio (no exam) U1 80 passed, U2 40 failed; exam
 * (submitted exam, every score the exam's) U1 75 passed and 30 failed, U2 50 failed and 90 passed; both (a submitted
 * exam, U1 by the exam 70 passed, U2 from the portfolio 65 passed); an application whose only exam was voided, U1 61
 * from the portfolio passed (route portfolio); a score the year after counts nowhere.
 */
@CityCertSpringTest
class ExamFiguresTest {

    @Autowired
    Reports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private ExamReportSeed seed;
    private CurrentUser officer;
    private ReportFilter year;

    @BeforeEach
    void seeded() {
        seed = new ExamReportSeed(jdbc).sessions().routes();
        officer = accounts.create(Role.CERTIFICATION_OFFICER);
        year = reports.filter(officer, LocalDate.of(ReportSeed.YEAR, 1, 1), LocalDate.of(ReportSeed.YEAR, 12, 31),
                seed.role());
    }

    @Test
    void item_statistics_count_the_submitted_sessions_and_correlate_each_item_with_the_rest_of_its_session() {
        List<ItemStatistic> items = reports.itemStatistics(officer, year);

        assertThat(items).extracting(ItemStatistic::itemCode, ItemStatistic::unitCode, ItemStatistic::elementCode,
                        ItemStatistic::itemVersion, ItemStatistic::presented, ItemStatistic::answered,
                        ItemStatistic::answeredRight, ItemStatistic::shareRight, ItemStatistic::itemRest,
                        ItemStatistic::review)
                .containsExactly(
                        tuple(code("I1"), "U1", "U1-E1", 1, 6L, 5L, 4L, new BigDecimal("0.6667"),
                                new BigDecimal("0.4330"), List.of()),
                        tuple(code("I5"), "U1", "U1-E1", 1, 6L, 6L, 6L, new BigDecimal("1.0000"), null,
                                List.of(ItemReview.TOO_EASY)),
                        tuple(code("I2"), "U1", "U1-E2", 1, 6L, 5L, 1L, new BigDecimal("0.1667"),
                                new BigDecimal("-0.5331"), List.of(ItemReview.TOO_HARD, ItemReview.WEAK_SEPARATION)),
                        tuple(code("I3"), "U2", "U2-E3", 1, 6L, 6L, 3L, new BigDecimal("0.5000"),
                                new BigDecimal("0.7276"), List.of()),
                        tuple(code("I4"), "U2", "U2-E3", 1, 3L, 3L, 2L, new BigDecimal("0.6667"), null, List.of()));
        assertThat(items).extracting(ItemStatistic::roleCode).containsOnly(seed.role());

        ReportFilter april = reports.filter(officer, LocalDate.of(ReportSeed.YEAR, 4, 1),
                LocalDate.of(ReportSeed.YEAR, 4, 30), seed.role());
        assertThat(reports.itemStatistics(officer, april)).as("the voided session of April counts nowhere").isEmpty();
    }

    @Test
    void unit_pass_rates_split_by_the_route_the_application_took() {
        assertThat(reports.unitRoutePassRates(officer, year)).extracting(UnitRoutePassRate::unitCode,
                        UnitRoutePassRate::route, UnitRoutePassRate::assessed, UnitRoutePassRate::passed,
                        UnitRoutePassRate::passRate, UnitRoutePassRate::meanScore)
                .containsExactly(
                        tuple("U1", RouteTaken.EXAM, 2L, 1L, new BigDecimal("0.5000"), new BigDecimal("52.50")),
                        tuple("U1", RouteTaken.BOTH, 1L, 1L, new BigDecimal("1.0000"), new BigDecimal("70.00")),
                        tuple("U1", RouteTaken.PORTFOLIO, 2L, 2L, new BigDecimal("1.0000"), new BigDecimal("70.50")),
                        tuple("U2", RouteTaken.EXAM, 2L, 1L, new BigDecimal("0.5000"), new BigDecimal("70.00")),
                        tuple("U2", RouteTaken.BOTH, 1L, 1L, new BigDecimal("1.0000"), new BigDecimal("65.00")),
                        tuple("U2", RouteTaken.PORTFOLIO, 1L, 0L, new BigDecimal("0.0000"), new BigDecimal("40.00")));
    }

    @Test
    void the_item_statistics_as_csv_name_no_stem_option_or_key() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.csv(officer, ReportFigure.ITEM_STATISTICS, year, Locale.ENGLISH, () -> out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Role,Unit,Element,Item,Version,On a form,Answered,Answered right,Share right,"
                        + "Item-rest correlation,Review",
                seed.role() + ",U1,U1-E1," + code("I1") + ",1,6,5,4,0.6667,0.4330,",
                seed.role() + ",U1,U1-E1," + code("I5") + ",1,6,6,6,1.0000,,TOO_EASY",
                seed.role() + ",U1,U1-E2," + code("I2") + ",1,6,5,1,0.1667,-0.5331,TOO_HARD WEAK_SEPARATION",
                seed.role() + ",U2,U2-E3," + code("I3") + ",1,6,6,3,0.5000,0.7276,",
                seed.role() + ",U2,U2-E3," + code("I4") + ",1,3,3,2,0.6667,,");
        assertThat(csv).doesNotContain("Seeded stem").doesNotContain("Seeded option").doesNotContain("correct");
    }

    @Test
    void the_api_answers_both_figures_and_their_csv() throws Exception {
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        mvc.perform(year(get("/api/reports/item-statistics")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].itemCode").value(contains(code("I1"), code("I5"), code("I2"),
                        code("I3"), code("I4"))))
                .andExpect(jsonPath("$.rows[2].shareRight").value(0.1667))
                .andExpect(jsonPath("$.rows[2].itemRest").value(-0.5331))
                .andExpect(jsonPath("$.rows[2].review").value(contains("TOO_HARD", "WEAK_SEPARATION")))
                .andExpect(jsonPath("$.rows[4].itemRest").value(nullValue()))
                .andExpect(content().string(not(containsString("Seeded"))));
        mvc.perform(year(get("/api/reports/unit-route-pass-rates")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].route").value(contains("EXAM", "BOTH", "PORTFOLIO", "EXAM", "BOTH",
                        "PORTFOLIO")))
                .andExpect(jsonPath("$.rows[2].meanScore").value(70.5));
        String csv = mvc.perform(year(get("/api/reports/unit-route-pass-rates/export.csv")).with(as(auditor)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.substring(1).split("\r\n")).startsWith("Role,Unit,Route,Assessed,Passed,Pass rate,Mean score",
                seed.role() + ",U1,EXAM,2,1,0.5000,52.50");
    }

    @Test
    void exam_authors_read_the_item_statistics_only_and_candidates_neither() throws Exception {
        CurrentUser author = accounts.create(Role.EXAM_AUTHOR);
        assertThat(reports.figures(author)).containsExactly(ReportFigure.ITEM_STATISTICS);
        assertThat(reports.itemStatistics(author, reports.filter(author, year.from(), year.to(), seed.role())))
                .hasSize(5);
        assertThatThrownBy(() -> reports.unitRoutePassRates(author, year)).isInstanceOf(RefusedException.class);
        mvc.perform(year(get("/api/reports/item-statistics/export.csv")).with(as(author)))
                .andExpect(status().isOk());
        mvc.perform(year(get("/api/reports")).with(as(author)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures", hasKey("item-statistics")))
                .andExpect(jsonPath("$.figures", not(hasKey("period"))));
        mvc.perform(year(get("/api/reports/period")).with(as(author))).andExpect(status().isForbidden());
        mvc.perform(year(get("/api/reports/unit-route-pass-rates")).with(as(author)))
                .andExpect(status().isForbidden());

        for (Role refused : List.of(Role.CANDIDATE, Role.ASSESSOR)) {
            CurrentUser user = accounts.create(refused);
            for (String path : List.of("item-statistics", "unit-route-pass-rates", "item-statistics/export.csv")) {
                mvc.perform(year(get("/api/reports/" + path)).with(as(user))).andExpect(status().isForbidden());
            }
            assertThatThrownBy(() -> reports.itemStatistics(user, year)).isInstanceOf(RefusedException.class);
        }
    }

    private String code(String item) {
        return seed.itemCodes.get(item);
    }

    private MockHttpServletRequestBuilder year(MockHttpServletRequestBuilder request) {
        return request.param("from", ReportSeed.YEAR + "-01-01").param("to", ReportSeed.YEAR + "-12-31")
                .param("role", seed.role());
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
