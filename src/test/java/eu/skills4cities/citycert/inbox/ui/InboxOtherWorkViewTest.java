package eu.skills4cities.citycert.inbox.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.LitRowAction;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.appeal.NewAppeal;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox view lists appeal and complaint tasks under their stages and opens them on their module's page. */
class InboxOtherWorkViewTest extends KaribuViewTest {

    @Autowired
    AppealFixture appealFixture;
    @Autowired
    AppealService appeals;
    @Autowired
    TestCertificates certificates;
    @Autowired
    TestComplaints complaints;

    @Test
    void a_panel_member_chooses_the_appeal_stage_and_opens_the_appeal() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        appealFixture.refusedAtReview(candidate, accounts.create(Role.REVIEWER));
        String key = appeals.contestable(candidate).stream().filter(d -> d.kind() == ContestedKind.REJECTED)
                .findFirst().orElseThrow().key();
        Appeal appeal = appeals.submit(candidate, new NewAppeal(key, "The reviewer overlooked my reports.", List.of()));
        signIn(accounts.create(Role.APPEALS_PANEL));
        UI.getCurrent().navigate(InboxView.class);

        choose("Appeal to decide");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), appeal.number());

        Grid<StaffTask> grid = grid();
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormatted(grid, 0, "task")).isEqualTo("Appeal to decide");
        assertThat(GridKt._getFormatted(grid, 0, "application")).isEqualTo(appeal.number());
        assertThat(InboxRows.claimable(grid, 0)).as("claimed on the appeal's page").isFalse();
        LitRowAction.click(grid, "actions", "claim", GridKt._get(grid, 0));
        assertThat(GridKt._getFormatted(grid, 0, "assignee")).as("nor by a call the browser was not offered")
                .isEqualTo("nobody yet");
        InboxRows.open(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("appeals/" + appeal.id());
    }

    @Test
    void the_reviewer_who_refused_does_not_find_the_appeal_in_the_inbox_though_on_the_panel() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser reviewer = accounts.create(Role.REVIEWER, Role.APPEALS_PANEL);
        appealFixture.refusedAtReview(candidate, reviewer);
        String key = appeals.contestable(candidate).stream().filter(d -> d.kind() == ContestedKind.REJECTED)
                .findFirst().orElseThrow().key();
        Appeal appeal = appeals.submit(candidate, new NewAppeal(key, "The reviewer overlooked my reports.", List.of()));
        signIn(reviewer);
        UI.getCurrent().navigate(InboxView.class);

        choose("Appeal to decide");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), appeal.number());

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("task-count")).getText())
                .isEqualTo("No tasks");
        // filters found nothing: said so, with the way back
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("no-matching-tasks")).isVisible())
                .isTrue();
    }

    @Test
    void an_officer_opens_a_complaint_from_the_inbox_on_the_complaints_page() {
        CertificateInfo certificate = certificates.issue();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), certificate.number());
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(InboxView.class);

        choose("Complaint triage");
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), number);

        Grid<StaffTask> grid = grid();
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._getFormatted(grid, 0, "candidate")).isEqualTo(certificate.holderName());
        InboxRows.open(grid, 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("complaints/" + number);
        assertThat(_get(H3.class).getText()).contains(number);
    }

    @SuppressWarnings("unchecked")
    private static void choose(String stageLabel) {
        Select<InboxStage> stage = _get(Select.class, spec -> spec.withId("filter-stage"));
        InboxStage chosen = stage.getListDataView().getItems()
                .filter(s -> stage.getItemLabelGenerator().apply(s).equals(stageLabel)).findFirst().orElseThrow();
        _setValue(stage, chosen);
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffTask> grid() {
        return _get(Grid.class, spec -> spec.withId("tasks"));
    }
}
