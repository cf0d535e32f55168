package eu.skills4cities.citycert.certificate.renewal;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.inbox.ui.InboxRows;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Renewal checks in the staff inbox (through the real renewal and lifecycle process): a reviewer sees the
 * check under its stage, named by the certificate, and opens it on the check's page; the reviewer who
 * reviewed the certificate's application does not see it; the counts are the rows.
 */
class RenewalInboxTest extends KaribuViewTest {

    @Autowired
    TaskInbox inbox;
    @Autowired
    TestRenewals testRenewals;
    @Autowired
    TaskService taskService;
    @Autowired
    MockMvc mvc;

    CurrentUser reviewedIt;
    CertificateInfo certificate;
    String checkTask;

    /** A certificate whose application this reviewer reviewed, in its renewal window, and its renewal submitted. */
    @BeforeEach
    void aRenewalWaitsForItsCheck() {
        reviewedIt = accounts.create(Role.REVIEWER);
        certificate = testRenewals.reviewedBy(reviewedIt);
        testRenewals.submit(certificate);
        checkTask = taskService.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
    }

    @Test
    void a_reviewer_sees_the_check_under_its_stage_named_by_the_certificate() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);

        List<StaffTask> rows = inbox.inbox(reviewer, query(null, RenewalInboxWork.STAGE, certificate.number()), 0, 50);

        assertThat(rows).hasSize(1);
        StaffTask row = rows.get(0);
        assertThat(row.id()).isEqualTo(checkTask);
        assertThat(row.kind()).isEqualTo("RENEWAL");
        assertThat(row.stage()).isEqualTo(RenewalInboxWork.STAGE);
        assertThat(row.number()).isEqualTo(certificate.number());
        assertThat(row.candidateName()).isEqualTo(certificate.holderName());
        assertThat(row.roleTitle()).isEqualTo(certificate.roleTitle());
        assertThat(row.path()).isEqualTo("renewals/" + checkTask);
        assertThat(ids(reviewer, query(null, null, null))).contains(checkTask);
        assertThat(ids(reviewer, query(null, "REVIEW", null))).as("another stage").doesNotContain(checkTask);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.WORKABLE, null, certificate.roleCode(), false, null,
                certificate.number(), null, false))).as("its role").containsExactly(checkTask);
        assertThat(ids(reviewer, new InboxQuery(InboxQuery.Scope.WORKABLE, null, "NO-SUCH-ROLE", false, null,
                certificate.number(), null, false))).as("another role").isEmpty();
        assertThat(ids(reviewer, query(InboxQuery.Scope.MINE, null, certificate.number()))).isEmpty();
        assertThat(ids(accounts.create(Role.ASSESSOR), query(InboxQuery.Scope.ALL_GROUPS, null, certificate.number())))
                .as("no reviewer").isEmpty();
        assertCountsEqualRows(reviewer);
    }

    @Test
    void the_reviewer_who_reviewed_the_certificate_s_application_does_not_see_the_check() throws Exception {
        assertThat(ids(reviewedIt, query(InboxQuery.Scope.ALL_GROUPS, null, certificate.number()))).isEmpty();
        assertThat(ids(reviewedIt, query(InboxQuery.Scope.ALL_GROUPS, RenewalInboxWork.STAGE, null)))
                .doesNotContain(checkTask);
        assertThat(ids(accounts.create(Role.REVIEWER), query(InboxQuery.Scope.ALL_GROUPS, RenewalInboxWork.STAGE,
                null))).contains(checkTask);
        assertCountsEqualRows(reviewedIt);
        mvc.perform(get("/api/tasks").param("search", certificate.number()).param("scope", "ALL_GROUPS")
                        .with(httpBasic(reviewedIt.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void the_api_lists_the_check_with_its_kind_number_and_path() throws Exception {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        mvc.perform(get("/api/tasks").param("stage", RenewalInboxWork.STAGE).param("search", certificate.number())
                        .with(httpBasic(reviewer.username(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].kind").value("RENEWAL"))
                .andExpect(jsonPath("$.tasks[0].stage").value(RenewalInboxWork.STAGE))
                .andExpect(jsonPath("$.tasks[0].number").value(certificate.number()))
                .andExpect(jsonPath("$.tasks[0].path").value("renewals/" + checkTask));
    }

    @Test
    void a_reviewer_chooses_the_renewal_stage_in_the_inbox_and_opens_the_check() {
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate("inbox");
        assertThat(_find(Anchor.class, spec -> spec.withId("inbox-renewals"))).as("the grid lists them").isEmpty();

        chooseStage("Renewal to check");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), certificate.number());

        @SuppressWarnings("unchecked")
        Grid<StaffTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormatted(grid, 0, "task")).isEqualTo("Renewal to check");
        assertThat(GridKt._getFormatted(grid, 0, "application")).isEqualTo(certificate.number());
        assertThat(GridKt._getFormatted(grid, 0, "candidate")).isEqualTo(certificate.holderName());
        assertThat(InboxRows.claimable(grid, 0)).as("claimed on the check's page").isFalse();
        InboxRows.open(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("renewals/" + checkTask);
        assertThat(_get(Button.class, spec -> spec.withId("check-claim")).isEnabled()).isTrue();
    }

    @Test
    void the_reviewer_who_reviewed_the_application_finds_no_check_in_the_inbox_view() {
        signIn(reviewedIt);
        UI.getCurrent().navigate("inbox");

        chooseStage("Renewal to check");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), certificate.number());

        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText()).isEqualTo("No tasks");
    }

    @SuppressWarnings("unchecked")
    private static void chooseStage(String label) {
        Select<InboxStage> stage = _get(Select.class, spec -> spec.withId("filter-stage"));
        InboxStage chosen = stage.getListDataView().getItems()
                .filter(s -> stage.getItemLabelGenerator().apply(s).equals(label)).findFirst().orElseThrow();
        _setValue(stage, chosen);
    }

    private void assertCountsEqualRows(CurrentUser user) {
        for (InboxQuery.Scope scope : InboxQuery.Scope.values()) {
            for (String stage : new String[] {null, "REVIEW", RenewalInboxWork.STAGE}) {
                InboxQuery query = query(scope, stage, null);
                assertThat(inbox.count(user, query)).as("%s %s", scope, stage).isEqualTo(ids(user, query).size());
            }
        }
    }

    private List<String> ids(CurrentUser user, InboxQuery query) {
        return inbox.inbox(user, query, 0, 5000).stream().map(StaffTask::id).toList();
    }

    private static InboxQuery query(InboxQuery.Scope scope, String stage, String search) {
        return new InboxQuery(scope, stage, null, false, null, search, null, false);
    }
}
