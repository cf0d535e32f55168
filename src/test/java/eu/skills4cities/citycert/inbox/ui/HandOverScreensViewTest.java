package eu.skills4cities.citycert.inbox.ui;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealFixture;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import eu.skills4cities.citycert.certificate.renewal.TestRenewals;
import eu.skills4cities.citycert.complaint.TestComplaints;
import eu.skills4cities.citycert.inbox.Colleague;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renewal-check, appeal and complaint pages offer the same hand-over as the inbox's task screens, at the top:
 * the colleagues the service allows, and after the hand-over the inbox, the task now the colleague's.
 */
class HandOverScreensViewTest extends KaribuViewTest {

    @Autowired
    TestRenewals renewals;
    @Autowired
    AppealFixture appeals;
    @Autowired
    TestComplaints complaints;
    @Autowired
    TaskService tasks;
    @Autowired
    UserAccountService users;

    @Test
    void a_reviewer_hands_a_renewal_check_on_from_its_page_once_it_is_theirs() {
        CertificateInfo certificate = renewals.inWindow();
        renewals.submit(certificate);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(certificate.number())
                .taskDefinitionKey(RenewalProcess.ACTIVITY_CHECK).singleResult().getId();
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate("renewals/" + task);
        assertThat(_find(Button.class, spec -> spec.withId("hand-over"))).as("not before the claim").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("check-claim")));
        NotificationsKt.clearNotifications();
        handOver(colleague);

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(colleague.username());
        // the colleague's page names who holds it, by name, to everybody else
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate("renewals/" + task);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Claimed by " + name(colleague) + ".");
    }

    @Test
    void a_panel_member_hands_an_appeal_on_from_its_page() {
        Appeal appeal = appeals.refusedAndAppealed(accounts.create(Role.CANDIDATE), accounts.create(Role.REVIEWER));
        CurrentUser member = accounts.create(Role.APPEALS_PANEL);
        CurrentUser colleague = accounts.create(Role.APPEALS_PANEL);
        signIn(member);
        UI.getCurrent().navigate("appeals/" + appeal.id());
        assertThat(_find(Button.class, spec -> spec.withId("hand-over"))).as("not before the claim").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("appeal-claim")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("appeal-holder")).getText()).endsWith(name(member));
        NotificationsKt.clearNotifications();
        handOver(colleague);

        assertThat(tasks.createTaskQuery().processVariableValueEquals("appealId", appeal.id().toString())
                .singleResult().getAssignee()).isEqualTo(colleague.username());
    }

    @Test
    void an_officer_hands_a_complaint_of_the_queue_to_an_impartial_colleague_from_its_page() {
        TestComplaints.AssessedCertificate assessed = complaints.assessedCertificate();
        String number = complaints.aboutHolder(accounts.create(Role.CANDIDATE), assessed.certificateNumber());
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser colleague = accounts.create(Role.CERTIFICATION_OFFICER);
        signIn(officer);
        UI.getCurrent().navigate("complaints/" + number);

        assertThat(offered()).extracting(Colleague::username).contains(colleague.username())
                .doesNotContain(assessed.assessorAsOfficer().username(), officer.username());
        handOver(colleague);
    }

    /** Chooses the colleague in the page's hand-over and hands the task over: the inbox opens, saying to whom. */
    private void handOver(CurrentUser colleague) {
        @SuppressWarnings("unchecked")
        ComboBox<Colleague> choice = _get(ComboBox.class, spec -> spec.withId("hand-over-colleague"));
        Colleague chosen = offered().stream().filter(c -> c.username().equals(colleague.username())).findFirst()
                .orElseThrow();
        _setValue(choice, chosen);
        _click(_get(Button.class, spec -> spec.withId("hand-over")));
        NotificationsKt.expectNotifications("The task is now with " + chosen.name() + ".");
        NavigatorKt.expectView(InboxView.class);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Colleague> offered() {
        ComboBox<Colleague> choice = _get(ComboBox.class, spec -> spec.withId("hand-over-colleague"));
        return choice.getListDataView().getItems().toList();
    }

    private String name(CurrentUser user) {
        return users.find(user.username()).orElseThrow().fullName();
    }
}
