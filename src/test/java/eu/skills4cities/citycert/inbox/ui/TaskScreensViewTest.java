package eu.skills4cities.citycert.inbox.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestStaffWork;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.inbox.Colleague;
import eu.skills4cities.citycert.inbox.StaffTaskService;
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
 * The task screens of the three stages: claim at the top, hand-over on each, staff by full name, the assessor's
 * live unit result by the pass rule, the assessment's problems beside its fields, and the evidence on the
 * decision screen for the officer who holds the task.
 */
class TaskScreensViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    UserAccountService users;

    @Test
    void claim_is_at_the_top_of_the_task_screen_and_after_claiming_release_and_hand_over_take_its_place() {
        ApplicationDetails application = submitted("SCPMC");
        String review = openTask(application);
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(review));

        TaskView view = _get(TaskView.class);
        List<Component> children = view.getChildren().toList();
        assertThat(children.get(0)).isInstanceOf(H2.class);
        HorizontalLayout actions = _get(HorizontalLayout.class, spec -> spec.withId("task-actions"));
        assertThat(children.get(1)).isSameAs(actions);
        _click(_get(actions, Button.class, spec -> spec.withId("claim")));

        actions = _get(HorizontalLayout.class, spec -> spec.withId("task-actions"));
        assertThat(view.getChildren().toList().get(1)).isSameAs(actions);
        assertThat(_find(actions, Button.class, spec -> spec.withId("release"))).hasSize(1);
        assertThat(_find(actions, ComboBox.class, spec -> spec.withId("hand-over-colleague"))).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<Colleague> target = _get(actions, ComboBox.class, spec -> spec.withId("hand-over-colleague"));
        assertThat(target.getListDataView().getItems().map(target.getItemLabelGenerator()::apply))
                .contains(fullName(colleague) + " (" + colleague.username() + ")");
    }

    @Test
    void the_assessment_and_the_decision_screens_offer_the_hand_over_too_and_the_history_names_staff_in_full() {
        ApplicationDetails application = submitted("SCPMC");
        CurrentUser reviewer = reviewed(application);
        accounts.create(Role.ASSESSOR);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = openTask(application);
        tasks.claim(assessor, assessment);
        signIn(assessor);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(assessment));
        handOverOffered();
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("history")), ListItem.class))
                .singleElement().satisfies(item -> assertThat(item.getText()).contains("(" + fullName(reviewer) + ", "));

        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment, "80",
                "Interview."));
        accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String decision = openTask(application);
        tasks.claim(officer, decision);
        signIn(officer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decision));
        handOverOffered();
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("history")), ListItem.class))
                .extracting(ListItem::getText).anySatisfy(text -> assertThat(text).contains(fullName(assessor)));
    }

    @Test
    void the_officer_holding_the_decision_opens_the_evidence_on_the_decision_screen_and_another_officer_does_not() {
        ApplicationDetails application = submitted("SCPMC");
        reviewed(application);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = openTask(application);
        tasks.claim(assessor, assessment);
        tasks.completeAssessment(assessor, assessment, TestStaffWork.scores(tasks, assessor, assessment, "80",
                "Interview."));
        String decision = openTask(application);

        // not yet claimed: the screen shows the summary, not the documents
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decision));
        assertThat(_find(Details.class, spec -> spec.withId("decision-evidence"))).isEmpty();

        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        tasks.claim(officer, decision);
        signIn(officer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decision));
        Details evidence = _get(Details.class, spec -> spec.withId("decision-evidence"));
        var firstUnit = tasks.plan(officer, decision).toAssess().get(0);
        Anchor document = _find(evidence, Anchor.class).stream()
                .filter(a -> a.getText().equals("portfolio.pdf")).findFirst().orElseThrow();
        // the download the application module checks and records, as on the review screen
        assertThat(document.getHref()).isEqualTo("api/applications/" + application.id() + "/documents/"
                + application.documents().get(0).id());
        assertThat(_find(evidence, com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("evidence-" + firstUnit.code()))).hasSize(1);
    }

    @Test
    void the_assessor_sees_the_unit_result_by_the_pass_rule_as_the_element_scores_are_typed() {
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = assessmentOnScreen(submitted("SCPM"), assessor);

        var plan = tasks.plan(assessor, assessment);
        assertThat(plan.scoreElements()).isTrue();
        assertThat(plan.passMark()).isEqualByComparingTo("66.7");
        var unit = plan.toAssess().get(0);
        assertThat(unit.elements()).hasSize(3);
        var elements = unit.elements();
        // each score field says which element it scores
        assertThat(score(elements.get(0).code()).getLabel())
                .isEqualTo("Score of " + elements.get(0).code() + " " + elements.get(0).title());
        Span result = _get(Span.class, spec -> spec.withId("unit-result-" + unit.code()));
        assertThat(result.getText()).isEqualTo("Unit result so far: waiting for every score (0 to 100)");

        _setValue(score(elements.get(0).code()), new BigDecimal("70"));
        _setValue(score(elements.get(1).code()), new BigDecimal("65"));
        assertThat(result.getText()).isEqualTo("Unit result so far: waiting for every score (0 to 100)");
        // (70 + 65 + 65.1) / 3 = 66.70: at the pass mark, passed
        _setValue(score(elements.get(2).code()), new BigDecimal("65.1"));
        assertThat(result.getText()).isEqualTo("Unit result so far: 66.7 %, passed");
        // (70 + 65 + 65) / 3 = 66.67: just below it
        _setValue(score(elements.get(2).code()), new BigDecimal("65"));
        assertThat(result.getText()).isEqualTo("Unit result so far: 66.67 %, not passed");
        _setValue(score(elements.get(2).code()), new BigDecimal("120"));
        assertThat(result.getText()).isEqualTo("Unit result so far: waiting for every score (0 to 100)");
    }

    @Test
    void an_assessment_without_scores_marks_each_missing_score_and_the_comment_and_sums_them_up_at_the_top() {
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        String assessment = assessmentOnScreen(submitted("SCPMC"), assessor);
        var units = tasks.plan(assessor, assessment).toAssess();
        assertThat(score(units.get(0).code()).getLabel())
                .isEqualTo("Score of " + units.get(0).code() + " " + units.get(0).title());

        _setValue(score(units.get(0).code()), new BigDecimal("70"));
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-comment")), "Interview.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        Div summary = _get(Div.class, spec -> spec.withId("assessment-problems"));
        assertThat(_find(summary, Button.class)).extracting(Button::getText).containsExactlyElementsOf(
                units.stream().skip(1).map(u -> "Score unit " + u.code() + " (" + u.title() + ").").toList());
        for (var unit : units.subList(1, units.size())) {
            assertThat(score(unit.code()).isInvalid()).isTrue();
            assertThat(score(unit.code()).getErrorMessage())
                    .isEqualTo("Score unit " + unit.code() + " (" + unit.title() + ").");
        }
        assertThat(score(units.get(0).code()).isInvalid()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(assessment).count()).isEqualTo(1);
        // a score out of range: the problem the service finds now is beside that field
        for (var unit : units.subList(1, units.size())) {
            _setValue(score(unit.code()), new BigDecimal("75"));
        }
        assertThat(summary.isVisible()).isFalse();
        _setValue(score(units.get(0).code()), new BigDecimal("101"));
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(score(units.get(0).code()).getErrorMessage())
                .isEqualTo("The score of unit " + units.get(0).code() + " must be a number from 0 to 100.");
    }

    private void handOverOffered() {
        HorizontalLayout actions = _get(HorizontalLayout.class, spec -> spec.withId("task-actions"));
        assertThat(_find(actions, ComboBox.class, spec -> spec.withId("hand-over-colleague"))).hasSize(1);
        assertThat(_find(actions, Button.class, spec -> spec.withId("hand-over"))).hasSize(1);
    }

    private BigDecimalField score(String code) {
        return _get(BigDecimalField.class, spec -> spec.withId("score-" + code));
    }

    private ApplicationDetails submitted(String role) {
        return applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application(role));
    }

    private String openTask(ApplicationDetails application) {
        return taskService.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult()
                .getId();
    }

    /** Reviews the application, has the assessor claim its assessment and opens it on the assessor's screen. */
    private String assessmentOnScreen(ApplicationDetails application, CurrentUser assessor) {
        reviewed(application);
        String assessment = openTask(application);
        tasks.claim(assessor, assessment);
        signIn(assessor);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(assessment));
        return assessment;
    }

    private CurrentUser reviewed(ApplicationDetails application) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        String review = openTask(application);
        tasks.claim(reviewer, review);
        tasks.completeReview(reviewer, review, TestStaffWork.review(tasks, reviewer, review, ReviewVerdict.SUFFICIENT,
                "Relevant, authentic and current."));
        return reviewer;
    }

    private String fullName(CurrentUser user) {
        return users.find(user.username()).orElseThrow().fullName();
    }
}
