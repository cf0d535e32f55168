package eu.skills4cities.citycert.inbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.appeal.NewAppeal;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appeal and complaint tasks in the staff inbox, made through the real services and processes: who
 * sees them (the panel member not excluded by the appeal's impartiality, the officers under the
 * complaint's rules, nobody without the role), under which stage, narrowed by the filters, counted
 * as listed, and with no complainant identity in any row.
 */
@CityCertSpringTest
class InboxAppealsAndComplaintsTest {

    private static final String GROUNDS = "The reviewer overlooked the project reports in my portfolio.";

    @Autowired
    TaskInbox inbox;
    @Autowired
    AppealFixture appealFixture;
    @Autowired
    AppealService appeals;
    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccountService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    eu.skills4cities.citycert.application.ApplicationService applications;

    CurrentUser candidate;
    CurrentUser reviewerOnPanel;
    CurrentUser member;
    ApplicationDetails refused;
    Appeal appeal;

    @BeforeEach
    void aRefusedCandidateAppeals() {
        candidate = accounts.create(Role.CANDIDATE);
        reviewerOnPanel = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        member = accounts.create(Role.APPEALS_PANEL);
        refused = appealFixture.refusedAtReview(candidate, reviewerOnPanel);
        String key = appeals.contestable(candidate).stream().filter(d -> d.kind() == ContestedKind.REJECTED)
                .findFirst().orElseThrow().key();
        appeal = appeals.submit(candidate, new NewAppeal(key, GROUNDS, List.of()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_panel_member_sees_the_open_appeal_under_its_stage_and_opens_it_on_the_appeal_page() {
        StaffTask row = only(member, query(null, "APPEAL", appeal.number(), false));

        assertThat(row.kind()).isEqualTo("APPEAL");
        assertThat(row.stage()).isEqualTo("APPEAL");
        assertThat(row.number()).isEqualTo(appeal.number());
        assertThat(row.path()).isEqualTo("appeals/" + appeal.id());
        assertThat(row.applicationNumber()).isEqualTo(refused.number());
        assertThat(row.candidateName()).isEqualTo(users.find(candidate.username()).orElseThrow().fullName());
        assertThat(row.assignee()).isNull();
        assertThat(row.due()).isEqualTo(appeal.dueAt());
        assertThat(ids(member, query(null, null, null, false))).contains(row.id());
        assertThat(ids(member, query(null, "REVIEW", null, false))).as("another stage").doesNotContain(row.id());
        assertThat(ids(member, query(null, "APPEAL", "AP-1999-", false))).as("another number").isEmpty();
        assertThat(ids(member, query(null, "APPEAL", candidateSurname(), false))).as("the appellant's name")
                .contains(row.id());
        assertThat(ids(member, query(InboxQuery.Scope.MINE, "APPEAL", null, false))).doesNotContain(row.id());
        assertCountsEqualRows(member);
    }

    @Test
    void an_appeal_is_overdue_once_the_engine_clock_passes_its_due_date() {
        InboxQuery overdue = query(null, "APPEAL", appeal.number(), true);
        assertThat(ids(member, overdue)).isEmpty();
        assertThat(inbox.count(member, overdue)).isZero();

        ClockUtil.setCurrentTime(Date.from(appeal.dueAt().plus(Duration.ofHours(1))));

        assertThat(ids(member, overdue)).hasSize(1);
        assertThat(inbox.count(member, overdue)).isOne();
        InboxQuery dueSoon = new InboxQuery(InboxQuery.Scope.WORKABLE, "APPEAL", null, false, 0, appeal.number(),
                InboxQuery.Sort.DUE, false);
        assertThat(ids(member, dueSoon)).hasSize(1);
    }

    @Test
    void the_panel_member_who_refused_the_application_does_not_see_the_appeal() {
        assertThat(ids(reviewerOnPanel, query(null, null, appeal.number(), false))).isEmpty();
        assertThat(ids(reviewerOnPanel, query(InboxQuery.Scope.ALL_GROUPS, "APPEAL", null, false)))
                .doesNotContainAnyElementsOf(ids(member, query(null, "APPEAL", appeal.number(), false)));
        assertCountsEqualRows(reviewerOnPanel);
    }

    @Test
    void the_role_filter_narrows_appeals_by_the_contested_application_s_role() {
        String appealTask = only(member, query(null, "APPEAL", appeal.number(), false)).id();
        InboxQuery ofItsRole = new InboxQuery(InboxQuery.Scope.WORKABLE, null, refused.roleCode(), false, null, null,
                null, false);
        InboxQuery ofAnother = new InboxQuery(InboxQuery.Scope.WORKABLE, null, "NO-SUCH-ROLE", false, null, null,
                null, false);

        assertThat(ids(member, ofItsRole)).contains(appealTask);
        assertThat(ids(member, ofAnother)).isEmpty();
        assertThat(inbox.count(member, ofItsRole)).isEqualTo(ids(member, ofItsRole).size());
    }

    @Test
    void an_officer_sees_a_complaint_about_a_holder_under_triage_without_the_complainant() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser complainant = accounts.create(Role.CANDIDATE);
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(complainant, certificate.number());

        StaffTask row = only(officer, query(null, "COMPLAINT_TRIAGE", number, false));

        assertThat(row.kind()).isEqualTo("COMPLAINT");
        assertThat(row.number()).isEqualTo(number);
        assertThat(row.path()).isEqualTo("complaints/" + number);
        assertThat(row.candidateName()).as("the person complained about").isEqualTo(certificate.holderName());
        assertThat(row.roleTitle()).isEqualTo(certificate.roleTitle());
        String complainantName = users.find(complainant.username()).orElseThrow().fullName();
        assertThat(row.toString()).doesNotContain(complainantName).doesNotContain(complainant.username());
        assertThat(ids(officer, query(null, "COMPLAINT_INVESTIGATION", number, false))).isEmpty();
        assertThat(ids(officer, query(null, "APPEAL", null, false))).as("no panel role").isEmpty();
        assertThat(ids(officer, query(null, null, certificate.holderName(), false))).contains(row.id());
        assertThat(ids(officer, query(null, null, complainantName, false))).as("no search by the complainant")
                .doesNotContain(row.id());
        assertCountsEqualRows(officer);
    }

    @Test
    void with_complaints_in_view_the_name_and_role_filters_still_find_certification_tasks() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER, Role.REVIEWER);
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificates.issue().number());
        CurrentUser applicant = accounts.create(Role.CANDIDATE);
        ApplicationDetails application = applications.submit(applicant, TestDocuments.application("SCPMC"));
        String name = users.find(applicant.username()).orElseThrow().fullName();
        assertThat(ids(officer, query(null, null, number, false))).as("a complaint in view").hasSize(1);

        List<StaffTask> found = inbox.inbox(officer, query(null, null, name.toLowerCase(java.util.Locale.ROOT), false),
                0, 5000);
        assertThat(found).extracting(StaffTask::number).contains(application.number()).doesNotContain(number);
        InboxQuery ofItsRole = new InboxQuery(InboxQuery.Scope.WORKABLE, null, "SCPMC", false, null,
                application.number(), null, false);
        assertThat(ids(officer, ofItsRole)).hasSize(1);
        assertThat(inbox.count(officer, ofItsRole)).isOne();
    }

    @Test
    void an_officer_who_complained_does_not_see_the_complaint_and_an_assessor_sees_no_appeal_or_complaint() {
        CurrentUser officerWhoComplained = accounts.create(Role.CERTIFICATION_OFFICER);
        String aboutBody = complaints.aboutBody(officerWhoComplained);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);

        assertThat(ids(officerWhoComplained, query(null, null, aboutBody, false))).isEmpty();
        assertThat(ids(accounts.create(Role.CERTIFICATION_OFFICER), query(null, null, aboutBody, false))).hasSize(1);
        assertThat(ids(assessor, query(null, null, aboutBody, false))).isEmpty();
        assertThat(ids(assessor, query(null, null, appeal.number(), false))).isEmpty();
        assertThat(inbox.inbox(assessor, query(InboxQuery.Scope.ALL_GROUPS, null, null, false), 0, 5000))
                .extracting(StaffTask::kind).doesNotContain("APPEAL", "COMPLAINT");
        assertCountsEqualRows(assessor);
    }

    @Test
    void an_unknown_stage_is_refused_naming_the_stage() {
        assertThatThrownBy(() -> inbox.inbox(member, query(null, "NOPE", null, false), 0, 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_api_lists_appeal_tasks_with_their_kind_number_and_path_and_keeps_the_old_stages() throws Exception {
        mvc.perform(get("/api/tasks").param("stage", "APPEAL").param("search", appeal.number()).with(basic(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].kind").value("APPEAL"))
                .andExpect(jsonPath("$.tasks[0].stage").value("APPEAL"))
                .andExpect(jsonPath("$.tasks[0].number").value(appeal.number()))
                .andExpect(jsonPath("$.tasks[0].path").value("appeals/" + appeal.id()));
        mvc.perform(get("/api/tasks").param("search", appeal.number()).with(basic(reviewerOnPanel)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        String appealTask = only(member, query(null, "APPEAL", appeal.number(), false)).id();
        // the inbox's task services are for certification tasks; an appeal opens on its own page
        mvc.perform(get("/api/tasks/{id}", appealTask).with(basic(accounts.create(Role.REVIEWER, Role.APPEALS_PANEL))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tasks").param("stage", "REVIEW").param("scope", "ALL_GROUPS")
                        .with(basic(accounts.create(Role.REVIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[*].stage", not(hasItem("APPEAL"))));
        mvc.perform(get("/api/tasks").param("stage", "NOPE").with(basic(member)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value("stage is not valid."));
        mvc.perform(get("/api/tasks").with(basic(accounts.create(Role.CANDIDATE)))).andExpect(status().isForbidden());
    }

    /** The appellant's name in other letters: the search ignores case. */
    private String candidateSurname() {
        return users.find(candidate.username()).orElseThrow().fullName().toUpperCase(java.util.Locale.ROOT);
    }

    private void assertCountsEqualRows(CurrentUser user) {
        for (InboxQuery.Scope scope : InboxQuery.Scope.values()) {
            for (String stage : new String[] {null, "REVIEW", "APPEAL", "COMPLAINT_TRIAGE", "COMPLAINT_INVESTIGATION"}) {
                InboxQuery query = query(scope, stage, null, false);
                assertThat(inbox.count(user, query)).as("%s %s", scope, stage).isEqualTo(ids(user, query).size());
            }
        }
    }

    private StaffTask only(CurrentUser user, InboxQuery query) {
        List<StaffTask> rows = inbox.inbox(user, query, 0, 5000);
        assertThat(rows).hasSize(1);
        assertThat(inbox.count(user, query)).isOne();
        return rows.get(0);
    }

    private List<String> ids(CurrentUser user, InboxQuery query) {
        return inbox.inbox(user, query, 0, 5000).stream().map(StaffTask::id).toList();
    }

    private static InboxQuery query(InboxQuery.Scope scope, String stage, String search, boolean overdue) {
        return new InboxQuery(scope, stage, null, overdue, null, search, null, false);
    }

    private static RequestPostProcessor basic(CurrentUser user) {
        return httpBasic(user.username(), TestAccounts.PASSWORD);
    }
}
