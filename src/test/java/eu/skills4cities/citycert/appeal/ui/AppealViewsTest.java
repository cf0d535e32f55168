package eu.skills4cities.citycert.appeal.ui;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.appeal.AppealOutcome;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.AppealStatus;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal pages: the appellant's form (grounds required, nothing stored without them), their list;
 * the panel's page, where the officer who withdrew the certificate may not take the appeal and a member
 * who took no part upholds it, with the declaration, and the certificate is active again.
 */
class AppealViewsTest extends KaribuViewTest {

    @Autowired
    TestCertificates certificates;
    @Autowired
    CertificateService certificateService;
    @Autowired
    CertificateRegister register;
    @Autowired
    AppealService appeals;
    @Autowired
    TaskService tasks;
    @Autowired
    AppealFixture fixture;
    @Autowired
    AppealPanel panel;

    @Test
    void the_holder_appeals_a_withdrawal_from_the_appeals_page() {
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CertificateInfo certificate = withdrawn(officer);
        CurrentUser holder = CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
        String key = appeals.contestable(holder).get(0).key();
        signIn(holder);

        UI.getCurrent().navigate("appeals", QueryParameters.of("decision", key));
        assertThat(GridKt._size(decisions())).isEqualTo(1);
        assertThat(appeals.appealableNow(GridKt._get(decisions(), 0))).as("the Appeal button shows").isTrue();
        _click(_get(Button.class, spec -> spec.withId("appeal-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-problems")).getText())
                .contains("Say why the decision should be reconsidered (grounds).");
        assertThat(appeals.mine(holder)).as("nothing stored").isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-grounds")), "The letter is genuine.");
        _click(_get(Button.class, spec -> spec.withId("appeal-submit")));

        assertThat(appeals.mine(holder)).singleElement().satisfies(appeal -> {
            assertThat(appeal.contested()).isEqualTo(ContestedKind.WITHDRAWN);
            assertThat(appeal.grounds()).isEqualTo("The letter is genuine.");
        });
        @SuppressWarnings("unchecked")
        Grid<Appeal> mine = _get(Grid.class, spec -> spec.withId("my-appeals"));
        assertThat(GridKt._size(mine)).isEqualTo(1);
        assertThat(appeals.appealableNow(appeals.contestable(holder).get(0))).as("one open appeal per decision")
                .isFalse();
    }

    @Test
    void a_candidate_appeals_one_unit_not_passed_and_sees_its_reassessment_once_upheld() {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        fixture.partiallyCertified(candidate, accounts.create(Role.ASSESSOR),
                accounts.create(Role.CERTIFICATION_OFFICER));
        String key = fixture.key(candidate, ContestedKind.PARTIALLY_CERTIFIED);
        signIn(candidate);

        UI.getCurrent().navigate("appeals", QueryParameters.of("decision", key));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> units = _get(CheckboxGroup.class, spec -> spec.withId("appeal-units-choice"));
        assertThat(units.getListDataView().getItems().toList()).as("the units not passed only")
                .contains("SCPD-U3").doesNotContain("SCPD-U1");
        _setValue(units, java.util.Set.of("SCPD-U3"));
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-grounds")), "Unit 3 was scored wrongly.");
        _click(_get(Button.class, spec -> spec.withId("appeal-submit")));
        Appeal appeal = appeals.mine(candidate).get(0);
        assertThat(appeal.units()).containsExactly("SCPD-U3");

        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        panel.claim(member, appeal.id());
        panel.decide(member, appeal.id(), AppealOutcome.UPHELD, "The criteria were misread.", true);
        open(appeal.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-units")).getText()).endsWith("SCPD-U3");
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-action")).getText())
                .startsWith("The units are reassessed in application " + appeals.get(candidate, appeal.id())
                        .actionSubject());
    }

    @Test
    void the_panel_page_refuses_the_officer_who_withdrew_and_a_member_upholds_the_appeal() {
        CurrentUser officerOnPanel = accounts.create(Role.CERTIFICATION_OFFICER, Role.APPEALS_PANEL);
        CertificateInfo certificate = withdrawn(officerOnPanel);
        CurrentUser holder = CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
        Appeal appeal = appeals.submit(holder, new eu.skills4cities.citycert.appeal.NewAppeal(
                appeals.contestable(holder).get(0).key(), "The letter is genuine.", List.of()));

        signIn(officerOnPanel);
        open(appeal.id());
        // told why (403 with the reason, as on the decision task they judged), and shown none of the appeal
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-excluded")).getText())
                .isEqualTo("You took part in the decision this appeal contests, so you may not work on it.");
        assertThat(_find(Button.class, spec -> spec.withId("appeal-claim"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("appeal-grounds-shown"))).isEmpty();
        assertThat(assignee(appeal)).isNull();

        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        signIn(member);
        open(appeal.id());
        assertThat(_find(Paragraph.class, spec -> spec.withId("appeal-excluded"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("appeal-claim")));
        assertThat(assignee(appeal)).isEqualTo(member.username());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AppealOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("appeal-outcome-choice"));
        _setValue(outcome, AppealOutcome.UPHELD);
        _setValue(_get(TextArea.class, spec -> spec.withId("appeal-reason")), "The letter is genuine.");
        _click(_get(Button.class, spec -> spec.withId("appeal-decide")));
        assertThat(appeals.get(member, appeal.id()).status()).as("not without the declaration")
                .isEqualTo(AppealStatus.OPEN);

        _setValue(_get(Checkbox.class, spec -> spec.withId("appeal-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("appeal-decide")));

        assertThat(appeals.get(member, appeal.id()).status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(certificateService.byNumber(certificate.number()).orElseThrow().recordedStatus()).isEqualTo("ACTIVE");
        signIn(holder);
        open(appeal.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-outcome")).getText())
                .endsWith("The letter is genuine.");
    }

    @Test
    void the_start_page_shows_the_appellant_their_appeals_and_the_panel_its_queue() {
        CertificateInfo certificate = withdrawn(accounts.create(Role.CERTIFICATION_OFFICER));
        CurrentUser holder = CurrentUser.of(certificate.holderUsername(), Role.CANDIDATE);
        Appeal appeal = appeals.submit(holder, new eu.skills4cities.citycert.appeal.NewAppeal(
                appeals.contestable(holder).get(0).key(), "The letter is genuine.", List.of()));

        signIn(holder);
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Appeal "
                + appeal.number() + ": With the appeals panel (answer due "
                + eu.skills4cities.citycert.base.DateDisplay.dateTime(appeal.dueAt(), UI.getCurrent().getLocale())
                + ")"))).hasSize(1);

        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        signIn(member);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        eu.skills4cities.citycert.base.AttentionTile tile = _get(eu.skills4cities.citycert.base.AttentionTile.class,
                spec -> spec.withId("home-appeals-open"));
        assertThat(tile.getHref()).isEqualTo("appeals/panel");
        assertThat(tile.count()).as("the appeals the panel's list shows the member as theirs to decide")
                .isEqualTo(panel.open(member).stream().filter(open -> !open.excluded()).count()).isPositive();
    }

    @Test
    void the_staff_inbox_of_a_panel_member_offers_the_appeal_stage() {
        signIn(accounts.create(Role.REVIEWER, Role.APPEALS_PANEL));
        UI.getCurrent().navigate("inbox");
        assertThat(stageLabels()).contains("Evidence review", "Appeal to decide").doesNotContain("Complaint triage");

        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("inbox");
        assertThat(stageLabels()).contains("Evidence review").doesNotContain("Appeal to decide");
    }

    @SuppressWarnings("unchecked")
    private static List<String> stageLabels() {
        com.vaadin.flow.component.select.Select<eu.skills4cities.citycert.inbox.InboxStage> stage =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("filter-stage"));
        return stage.getListDataView().getItems().map(s -> stage.getItemLabelGenerator().apply(s)).toList();
    }

    private CertificateInfo withdrawn(CurrentUser officer) {
        CertificateInfo certificate = certificates.issue();
        register.decide(officer, certificate.number(), StatusDecision.WITHDRAW, "Forged reference letter.", true);
        return certificate;
    }

    private static void open(UUID appealId) {
        UI.getCurrent().navigate("appeals/" + appealId);
    }

    private String assignee(Appeal appeal) {
        return tasks.createTaskQuery().processInstanceBusinessKey(appeal.number()).singleResult().getAssignee();
    }

    @SuppressWarnings("unchecked")
    private static Grid<eu.skills4cities.citycert.appeal.ContestableDecision> decisions() {
        return _get(Grid.class, spec -> spec.withId("appeal-decisions"));
    }
}
