package eu.skills4cities.citycert.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reports over JSON and CSV: the seeded figures ({@link ReportSeed}), who may read them, and bad filters as 422s. */
@CityCertSpringTest
class ReportsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private ReportSeed seed;
    private CurrentUser auditor;

    @BeforeEach
    void seeded() {
        seed = new ReportSeed(jdbc).write();
        auditor = accounts.create(Role.AUDITOR);
    }

    @Test
    void a_figure_answers_its_rows_and_the_filter_it_used() throws Exception {
        mvc.perform(year(get("/api/reports/cycle-times")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.from").value(ReportSeed.YEAR + "-01-01"))
                .andExpect(jsonPath("$.filter.to").value(ReportSeed.YEAR + "-12-31"))
                .andExpect(jsonPath("$.filter.roleCode").value(seed.role))
                .andExpect(jsonPath("$.rows[*].stage").value(contains("REVIEW", "ASSESSMENT", "DECISION", "DECIDED")))
                .andExpect(jsonPath("$.rows[0].applications").value(7))
                .andExpect(jsonPath("$.rows[0].medianDays").value(2.0))
                .andExpect(jsonPath("$.rows[3].p90Days").value(17.6));
        mvc.perform(year(get("/api/reports/period")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].measure").value("RECEIVED"))
                .andExpect(jsonPath("$.rows[0].count").value(7));
        mvc.perform(year(get("/api/reports/assessor-consistency")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].assessor").value(contains(seed.assessorX, seed.assessorY)))
                .andExpect(jsonPath("$.rows[0].meanScore").value(63.33));
        for (ReportFigure figure : ReportFigure.values()) {
            mvc.perform(year(get("/api/reports/" + figure.path())).with(as(auditor)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void the_page_answers_every_figure_the_caller_may_read() throws Exception {
        mvc.perform(year(get("/api/reports")).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures", hasKey("assessor-consistency")))
                .andExpect(jsonPath("$.figures.unit-pass-rates[0].unitCode").value("U1"));
        mvc.perform(year(get("/api/reports")).with(as(accounts.create(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures", hasKey("period")))
                .andExpect(jsonPath("$.figures", not(hasKey("assessor-consistency"))));
    }

    @Test
    void a_figure_as_csv() throws Exception {
        MockHttpServletResponse response = mvc.perform(year(get("/api/reports/unit-pass-rates/export.csv"))
                        .with(as(accounts.create(Role.CERTIFICATION_OFFICER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(
                        "report-unit-pass-rates-" + ReportSeed.YEAR + "-01-01-" + ReportSeed.YEAR + "-12-31")))
                .andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).substring(1).split("\r\n")).containsExactly(
                "Role,Unit,Assessed,Passed,Pass rate,Mean score",
                seed.role + ",U1,3,2,0.6667,75.00",
                seed.role + ",U2,3,1,0.3333,40.00",
                seed.role + ",U3,2,1,0.5000,50.00");
        mvc.perform(year(get("/api/reports/no-such-figure/export.csv")).with(as(auditor)))
                .andExpect(status().isNotFound());
    }

    @Test
    void candidates_and_reviewers_are_refused_and_administrators_do_not_see_the_assessors() throws Exception {
        for (Role refused : List.of(Role.CANDIDATE, Role.REVIEWER)) {
            CurrentUser user = accounts.create(refused);
            mvc.perform(get("/api/reports/period").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/reports/period/export.csv").with(as(user))).andExpect(status().isForbidden());
        }
        CurrentUser admin = accounts.create(Role.ADMIN);
        mvc.perform(get("/api/reports/period").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/reports/assessor-consistency").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/assessor-consistency/export.csv").with(as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/period")).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_filters_are_refused_with_a_422_naming_the_field() throws Exception {
        mvc.perform(get("/api/reports/period").param("from", "2024-05-01").param("to", "2024-04-01")
                        .with(as(auditor)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("to: 2024-04-01 is before from (2024-05-01)."));
        mvc.perform(get("/api/reports/cycle-times").param("role", "NO-SUCH-ROLE").with(as(auditor)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("role: there is no certification role 'NO-SUCH-ROLE'."));
        mvc.perform(get("/api/reports/backlog").param("from", "1900-01-01").param("to", "2024-01-01")
                        .with(as(auditor)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(containsString("from:")))
                .andExpect(jsonPath("$.problems[1]").value(containsString("to:")));
        mvc.perform(get("/api/reports/period").param("from", "last year").with(as(auditor)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(containsString("from")));
        mvc.perform(get("/api/reports/period/export.csv").param("to", "2000-01-01").with(as(auditor)))
                .andExpect(status().isUnprocessableEntity());
    }

    private MockHttpServletRequestBuilder year(MockHttpServletRequestBuilder request) {
        return request.param("from", ReportSeed.YEAR + "-01-01").param("to", ReportSeed.YEAR + "-12-31")
                .param("role", seed.role);
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
