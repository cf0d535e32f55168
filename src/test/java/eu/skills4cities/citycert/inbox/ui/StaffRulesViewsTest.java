package eu.skills4cities.citycert.inbox.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.LitRowAction;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's rules as staff meet them on screen: impartiality of the decision, two people
 * claiming the same task, handing a task over, and the mark of an escalated task.
 */
class StaffRulesViewsTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    UserAccountService users;

    private ApplicationDetails application;
    private String reviewTaskId;

    @BeforeEach
    void anApplicationWaitsForReview() {
        application = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPMC"));
        reviewTaskId = openTaskId();
    }

    @Test
    void whoever_reviewed_is_refused_the_decision_on_the_task_screen_and_the_task_stays_unclaimed() {
        CurrentUser reviewerAndOfficer = accounts.create(Role.REVIEWER, Role.CERTIFICATION_OFFICER);
        work(reviewerAndOfficer, reviewTaskId, "SUFFICIENT");
        work(accounts.create(Role.ASSESSOR), openTaskId(), "COMPETENT");
        String decisionTaskId = openTaskId();
        signIn(reviewerAndOfficer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decisionTaskId));

        _click(_get(Button.class, spec -> spec.withId("claim")));

        NotificationsKt.expectNotifications("You reviewed or assessed this application, so you cannot take its "
                + "certification decision: it must be taken by somebody impartial.");
        assertThat(taskService.createTaskQuery().taskId(decisionTaskId).singleResult().getAssignee()).isNull();
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
    }

    @Test
    void a_claim_from_a_stale_screen_is_told_who_holds_the_task_and_the_task_keeps_one_assignee() {
        CurrentUser first = accounts.create(Role.REVIEWER);
        CurrentUser second = accounts.create(Role.REVIEWER);
        signIn(second);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));
        Button staleClaim = _get(Button.class, spec -> spec.withId("claim"));

        // meanwhile the colleague claims it from their own screen (one UI per test here, so through the service)
        tasks.claim(first, reviewTaskId);
        _click(staleClaim);

        NotificationsKt.expectNotifications("This task has been claimed by " + name(first) + ".");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Claimed by " + name(first) + ".");
        assertThat(_find(Button.class, spec -> spec.withId("claim"))).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).singleResult().getAssignee())
                .isEqualTo(first.username());
    }

    @Test
    void the_assignee_hands_the_task_to_a_colleague_of_the_same_queue() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        CurrentUser assessor = accounts.create(Role.ASSESSOR);
        tasks.claim(reviewer, reviewTaskId);
        signIn(reviewer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));
        @SuppressWarnings("unchecked")
        ComboBox<eu.skills4cities.citycert.inbox.Colleague> handOverTo =
                _get(ComboBox.class, spec -> spec.withId("hand-over-colleague"));

        assertThat(ComboBoxKt.getSuggestions(handOverTo)).contains(label(colleague))
                .doesNotContain(label(reviewer), label(assessor));
        assertThat(_get(Button.class, spec -> spec.withId("hand-over")).isEnabled()).isFalse();
        ComboBoxKt.selectByLabel(handOverTo, label(colleague));
        _click(_get(Button.class, spec -> spec.withId("hand-over")));

        NotificationsKt.expectNotifications("The task is now with " + name(colleague) + ".");
        NavigatorKt.expectView(InboxView.class);
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).singleResult().getAssignee())
                .isEqualTo(colleague.username());
    }

    @Test
    void a_decision_is_offered_only_to_colleagues_who_neither_reviewed_nor_assessed_the_application() {
        CurrentUser reviewerAndOfficer = accounts.create(Role.REVIEWER, Role.CERTIFICATION_OFFICER);
        CurrentUser impartialOfficer = accounts.create(Role.CERTIFICATION_OFFICER);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        work(reviewerAndOfficer, reviewTaskId, "SUFFICIENT");
        work(accounts.create(Role.ASSESSOR), openTaskId(), "COMPETENT");
        String decisionTaskId = openTaskId();
        tasks.claim(officer, decisionTaskId);
        signIn(officer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decisionTaskId));

        @SuppressWarnings("unchecked")
        ComboBox<eu.skills4cities.citycert.inbox.Colleague> handOverTo =
                _get(ComboBox.class, spec -> spec.withId("hand-over-colleague"));

        assertThat(ComboBoxKt.getSuggestions(handOverTo)).contains(label(impartialOfficer))
                .doesNotContain(label(reviewerAndOfficer), label(officer));
    }

    @Test
    void an_escalated_task_is_marked_in_the_inbox_and_on_the_task_screen() {
        ApplicationDetails waitingLess = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPM"));
        management.executeJob(management.createJobQuery().processInstanceId(application.processInstanceId())
                .timers().activityId("Event_ReviewWaitedTooLong").singleResult().getId());
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<StaffTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(escalationMark(grid, application.number())).isEqualTo("Escalated");
        assertThat(escalationMark(grid, waitingLess.number())).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-escalated")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), waitingLess.number());
        assertThat(GridKt._size(grid)).as("escalated only").isZero();
        assertThat(escalationMark(grid, application.number())).isEqualTo("Escalated");

        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));
        assertThat(_get(Span.class, spec -> spec.withId("escalated")).getText()).isEqualTo("Escalated");
        assertThat(_find(_get(HorizontalLayout.class, spec -> spec.withId("escalation")), Span.class))
                .extracting(Span::getText).anySatisfy(text -> assertThat(text)
                        .startsWith("Waited too long: escalated on ")
                        .endsWith(", told review-lead@test.citycert.test."));
    }

    private String openTaskId() {
        return taskService.createTaskQuery().processInstanceId(application.processInstanceId()).singleResult().getId();
    }

    private void work(CurrentUser staff, String taskId, String verdict) {
        tasks.claim(staff, taskId);
        switch (verdict) {
            case "SUFFICIENT" -> tasks.completeReview(staff, taskId, eu.skills4cities.citycert.TestStaffWork.review(
                    tasks, staff, taskId, eu.skills4cities.citycert.assessment.ReviewVerdict.SUFFICIENT, "Done."));
            case "COMPETENT" -> tasks.completeAssessment(staff, taskId,
                    eu.skills4cities.citycert.TestStaffWork.scores(tasks, staff, taskId, "80", "Done."));
            default -> throw new IllegalArgumentException(verdict);
        }
    }

    private String name(CurrentUser user) {
        return users.find(user.username()).orElseThrow().fullName();
    }

    private String label(CurrentUser user) {
        return name(user) + " (" + user.username() + ")";
    }

    /** What the inbox shows in the "escalated" column for the application, found by its number. */
    private String escalationMark(Grid<StaffTask> grid, String applicationNumber) {
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), applicationNumber);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(LitRowAction.template(grid, "escalated"))
                .contains("html`<span theme=\"badge error\" data-tone=\"ERROR\">${item.text}</span>`");
        var badge = LitRowAction.properties(grid, "escalated", GridKt._get(grid, 0));
        return Boolean.TRUE.equals(badge.get("marked")) ? (String) badge.get("text") : "";
    }
}
