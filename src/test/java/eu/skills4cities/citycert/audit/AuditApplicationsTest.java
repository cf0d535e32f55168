package eu.skills4cities.citycert.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import eu.skills4cities.citycert.base.SafeCsv;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.application.AccessFixture;
import eu.skills4cities.citycert.application.AccessFixture.Actor;
import eu.skills4cities.citycert.application.AccessFixture.State;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.application.SubmittedApplication;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The auditor's list of applications: who may read it, what it finds, how it pages and exports. */
@CityCertSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApplicationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApplicationService applicationService;
    @Autowired
    EvidenceRequests evidenceRequests;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    AuditApplications audit;

    private AccessFixture fixture;
    private CurrentUser auditor;

    @BeforeAll
    void buildEachStateOnce() {
        fixture = AccessFixture.build(applicationService, evidenceRequests, drafts, tasks, taskService, management,
                accounts);
        auditor = fixture.user(Actor.AUDITOR, State.DECIDED);
    }

    @Test
    void auditor_finds_every_submitted_application_but_no_draft() {
        for (State state : List.of(State.IN_REVIEW, State.IN_ASSESSMENT, State.AWAITING_DECISION, State.DECIDED)) {
            ApplicationDetails application = fixture.application(state);
            assertThat(audit.search(auditor, application.number(), 0, 50)).extracting(SubmittedApplication::id)
                    .as(state.name()).containsExactly(application.id());
        }
        ApplicationDetails draft = fixture.application(State.DRAFT);
        assertThat(audit.search(auditor, draft.number(), 0, 50)).isEmpty();
        assertThat(audit.search(auditor, draft.candidateName(), 0, 50)).isEmpty();
        assertThat(audit.search(auditor, null, 0, 500)).extracting(SubmittedApplication::id)
                .doesNotContain(draft.id());
    }

    @Test
    void decided_application_shows_its_dates_and_who_reviewed_assessed_and_decided() {
        ApplicationDetails decided = fixture.application(State.DECIDED);
        SubmittedApplication row = audit.search(auditor, decided.number(), 0, 50).get(0);
        assertThat(row.candidateName()).isEqualTo(decided.candidateName());
        assertThat(row.roleCode()).isEqualTo("SCPM");
        assertThat(row.status()).isEqualTo(decided.status());
        assertThat(row.submittedAt()).isNotNull();
        assertThat(row.decidedAt()).isNotNull().isAfterOrEqualTo(row.submittedAt());
        assertThat(row.reviewer()).isEqualTo(fixture.user(Actor.PAST_WORKER, State.DECIDED).username());
        assertThat(row.assessor()).isNotBlank().isNotEqualTo(row.reviewer());
        assertThat(row.decider()).isNotBlank().isNotEqualTo(row.assessor());

        SubmittedApplication inReview = audit.search(auditor, fixture.application(State.IN_ASSESSMENT).number(),
                0, 50).get(0);
        assertThat(inReview.reviewer()).isNotNull();
        assertThat(inReview.assessor()).isNull();
        assertThat(inReview.decider()).isNull();
        assertThat(inReview.decidedAt()).isNull();
    }

    @Test
    void search_finds_by_candidate_name_role_and_status() {
        ApplicationDetails decided = fixture.application(State.DECIDED);
        assertThat(audit.search(auditor, decided.candidateName(), 0, 500))
                .extracting(SubmittedApplication::id).contains(decided.id());
        assertThat(audit.search(auditor, decided.candidateName(), 0, 500))
                .allSatisfy(a -> assertThat(a.candidateName()).containsIgnoringCase(decided.candidateName()));
        assertThat(audit.search(auditor, "scpm", 0, 500)).extracting(SubmittedApplication::id)
                .contains(decided.id());
        List<SubmittedApplication> inAssessment = audit.search(auditor, "in_assessment", 0, 500);
        assertThat(inAssessment).extracting(SubmittedApplication::id)
                .contains(fixture.application(State.IN_ASSESSMENT).id()).doesNotContain(decided.id());
        assertThat(audit.count(auditor, "in_assessment")).isEqualTo(inAssessment.size());
        assertThat(audit.count(auditor, "%")).as("a wildcard is searched as itself").isZero();
        assertThat(audit.count(auditor, "_")).as("a wildcard is searched as itself").isZero();
        assertThat(audit.search(auditor, decided.number().substring(0, 6).toLowerCase(Locale.ROOT), 0, 500))
                .as("the beginning of a number, any case").extracting(SubmittedApplication::id)
                .contains(decided.id());
    }

    @Test
    void pages_do_not_overlap_and_the_count_covers_them() {
        List<SubmittedApplication> first = audit.search(auditor, null, 0, 2);
        List<SubmittedApplication> second = audit.search(auditor, null, 2, 2);
        assertThat(first).hasSize(2);
        assertThat(second).isNotEmpty();
        assertThat(second).extracting(SubmittedApplication::id)
                .doesNotContainAnyElementsOf(first.stream().map(SubmittedApplication::id).toList());
        assertThat(audit.count(auditor, null)).isGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> audit.search(auditor, null, -1, 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> audit.search(auditor, null, 0, 501)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_auditors_and_administrators_list_applications() {
        for (Actor refused : List.of(Actor.REVIEWER, Actor.ASSESSOR, Actor.OFFICER, Actor.OTHER_CANDIDATE)) {
            CurrentUser user = fixture.user(refused, State.DECIDED);
            assertThatThrownBy(() -> audit.search(user, null, 0, 10)).as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.export(user, null, Locale.ENGLISH, () -> {
                throw new AssertionError("opened for " + refused);
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(audit.search(fixture.user(Actor.ADMIN, State.DECIDED), null, 0, 10)).isNotEmpty();
    }

    @Test
    void api_answers_auditors_and_refuses_reviewers_and_candidates() throws Exception {
        ApplicationDetails decided = fixture.application(State.DECIDED);
        MockHttpServletResponse found = mvc.perform(get("/api/audit/applications").param("q", decided.number())
                .with(as(auditor))).andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains(decided.number(), "\"total\":1");
        for (Actor refused : List.of(Actor.REVIEWER, Actor.OWNER)) {
            CurrentUser user = fixture.user(refused, State.DECIDED);
            assertThat(mvc.perform(get("/api/audit/applications").with(as(user))).andReturn().getResponse()
                    .getStatus()).as(refused.name()).isEqualTo(403);
            assertThat(mvc.perform(get("/api/audit/applications/export.csv").with(as(user))).andReturn()
                    .getResponse().getStatus()).as(refused.name()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/audit/applications").param("size", "0").with(as(auditor))).andReturn()
                .getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void csv_has_a_header_and_one_row_per_application() throws Exception {
        ApplicationDetails decided = fixture.application(State.DECIDED);
        MockHttpServletResponse csv = mvc.perform(get("/api/audit/applications/export.csv")
                .param("q", decided.number()).with(as(auditor))).andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("applications-");
        String[] lines = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("\uFEFFNumber,Candidate,Role code,Status,Submitted on,Decided on,"
                + "Reviewed by,Assessed by,Decided by");
        assertThat(lines[1]).startsWith(decided.number() + "," + decided.candidateName() + ",SCPM,"
                + decided.status().name() + ",");

        String all = new String(mvc.perform(get("/api/audit/applications/export.csv").with(as(auditor)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(all.split("\r\n")).hasSize(1 + (int) audit.count(auditor, null));
    }

    @Test
    void csv_cells_that_look_like_formulas_are_defused() {
        assertThat(SafeCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SafeCsv.cell("+1")).isEqualTo("'+1");
        assertThat(SafeCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(SafeCsv.cell("-2-3*4")).isEqualTo("'-2-3*4");
        // a plain negative number is a number to a spreadsheet, not a formula (the reports' correlations)
        assertThat(SafeCsv.cell("-1")).isEqualTo("-1");
        assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.cell("Smith, Ann")).isEqualTo("\"Smith, Ann\"");
        assertThat(SafeCsv.cell(null)).isEmpty();
    }

    private static RequestPostProcessor as(CurrentUser reader) {
        return user(reader.username()).roles(reader.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
