package eu.skills4cities.citycert.inbox.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.LitRowAction;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff inbox and the task screen. */
class StaffViewsTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    eu.skills4cities.citycert.assessment.AssessmentService assessments;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    eu.skills4cities.citycert.certificate.CertificateService certificates;

    private ApplicationDetails application;
    private String reviewTaskId;

    @BeforeEach
    void anApplicationWaitsForReview() {
        application = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPMC"));
        reviewTaskId = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
    }

    @Test
    void a_reviewer_claims_a_task_from_the_inbox_reviews_and_completes_it() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<eu.skills4cities.citycert.inbox.StaffTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        int row = rowOf(grid, application.number());
        assertThat(GridKt._getFormatted(grid, row, "task")).isEqualTo("Evidence review");
        assertThat(GridKt._getFormatted(grid, row, "assignee")).isEqualTo("nobody yet");
        assertThat(LitRowAction.template(grid, "actions"))
                .contains("${item.claimable ? html`<vaadin-button theme=\"small primary\" id=\"claim-${item.application}\"");
        assertThat(InboxRows.actions(grid, row)).containsEntry("application", application.number());
        InboxRows.claim(grid, row);

        NavigatorKt.expectView(TaskView.class);
        UI.getCurrent().navigate(InboxView.class);
        grid = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(InboxRows.claimable(grid, rowOf(grid, application.number()))).as("no Claim button once claimed")
                .isFalse();
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));
        var units = tasks.plan(reviewer, reviewTaskId).toAssess();
        assertThat(units).hasSizeGreaterThan(1);
        for (var unit : units) {
            // the one-step application's document is evidence for every unit, previewed inline
            var section = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("unit-" + unit.code()));
            assertThat(_find(section, Anchor.class)).extracting(Anchor::getText).contains("portfolio.pdf");
            assertThat(_find(section, com.vaadin.flow.component.html.IFrame.class)).singleElement()
                    .satisfies(frame -> assertThat(frame.getSrc()).endsWith("?inline=true"));
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ReviewVerdict> verdict = _get(RadioButtonGroup.class,
                    spec -> spec.withId("verdict-" + unit.code()));
            _setValue(verdict, ReviewVerdict.SUFFICIENT);
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("review-message")), "Relevant, authentic and current.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        NavigatorKt.expectView(InboxView.class);
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).count()).isZero();
        assertThat(applications.details(application.id()).status()).isEqualTo(ApplicationStatus.IN_ASSESSMENT);
        assertThat(tasks.outcomes(application.id())).singleElement().satisfies(outcome -> {
            assertThat(outcome.stage()).isEqualTo(Stage.REVIEW);
            assertThat(outcome.actor()).isEqualTo(reviewer.username());
            assertThat(outcome.comment()).isEqualTo("Relevant, authentic and current.");
        });
    }

    @Test
    void completing_without_unit_verdicts_is_refused_and_the_task_stays_with_the_reviewer() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        tasks.claim(reviewer, reviewTaskId);
        signIn(reviewer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));

        _setValue(_get(TextArea.class, spec -> spec.withId("review-message")), "Forgot the verdicts.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        NavigatorKt.expectView(TaskView.class);
        var units = tasks.plan(reviewer, reviewTaskId).toAssess();
        // each problem beside its field, and all of them in the summary at the top, not in a toast
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications();
        var summary = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("review-problems"));
        assertThat(_find(summary, Button.class)).extracting(Button::getText).containsExactlyElementsOf(units.stream()
                .map(u -> TestMessages.english(eu.skills4cities.citycert.base.UserMessage.of(
                        "problem.review.unit-missing", u.code(), u.title()))).toList());
        for (var unit : units) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ReviewVerdict> verdict = _get(RadioButtonGroup.class,
                    spec -> spec.withId("verdict-" + unit.code()));
            assertThat(verdict.isInvalid()).isTrue();
            assertThat(verdict.getErrorMessage()).isEqualTo("Give a verdict on unit " + unit.code() + " ("
                    + unit.title() + ").");
        }
        assertThat(taskService.createTaskQuery().taskId(reviewTaskId).singleResult().getAssignee())
                .isEqualTo(reviewer.username());
        assertThat(tasks.outcomes(application.id())).isEmpty();

        // fixed: the verdict's problem goes from the field and the summary; the last one takes the summary along
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReviewVerdict> first = _get(RadioButtonGroup.class,
                spec -> spec.withId("verdict-" + units.get(0).code()));
        _setValue(first, ReviewVerdict.MORE_NEEDED);
        assertThat(first.isInvalid()).isFalse();
        assertThat(_find(summary, Button.class)).hasSize(units.size() - 1);
        _click(_get(Button.class, spec -> spec.withId("mark-all-sufficient")));
        assertThat(summary.isVisible()).isFalse();
        for (var unit : units) {
            assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("verdict-" + unit.code())).getValue())
                    .isEqualTo(ReviewVerdict.SUFFICIENT);
        }
        // still editable after marking all: one unit back to "more needed", without its reason
        _setValue(first, ReviewVerdict.MORE_NEEDED);
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(summary.isVisible()).isTrue();
        var reason = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("reason-" + units.get(0).code()));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(_find(summary, Button.class)).extracting(Button::getId).containsExactly(
                java.util.Optional.of("problem-reason-" + units.get(0).code()));

        _setValue(reason, "The business case is not signed.");
        assertThat(summary.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("complete")));
        NavigatorKt.expectView(InboxView.class);
        assertThat(tasks.outcomes(application.id())).singleElement()
                .satisfies(outcome -> assertThat(outcome.verdict()).isEqualTo(ReviewVerdict.MORE_NEEDED.name()));
    }

    @Test
    void the_inbox_narrows_to_an_application_number_and_widens_to_all_tasks_of_the_group() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        tasks.claim(accounts.create(Role.REVIEWER), reviewTaskId);
        signIn(reviewer);
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<eu.skills4cities.citycert.inbox.StaffTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("filter-search")),
                application.number());
        assertThat(GridKt._size(grid)).as("claimed by a colleague: not workable for me").isZero();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<eu.skills4cities.citycert.inbox.InboxQuery.Scope> scope =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("filter-scope"));
        _setValue(scope, eu.skills4cities.citycert.inbox.InboxQuery.Scope.ALL_GROUPS);

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "application")).isEqualTo(application.number());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("task-count")).getText())
                .isEqualTo("1 task");
    }

    @Test
    void a_reviewer_comments_on_the_task_screen() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));

        _setValue(_get(TextArea.class, spec -> spec.withId("new-comment")), "Waiting for the signed contract.");
        _click(_get(Button.class, spec -> spec.withId("add-comment")));

        assertThat(_find(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("comments")),
                com.vaadin.flow.component.html.ListItem.class)).singleElement()
                .satisfies(item -> assertThat(item.getText()).startsWith(fullName(reviewer) + " (")
                        .endsWith("): Waiting for the signed contract."));
        // the task screen leads to the reviewer's own part of the case record
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("my-case-record")).getHref())
                .isEqualTo("audit/applications/" + application.id());
    }

    @Test
    void an_assessor_opening_a_review_task_is_told_it_is_not_theirs() {
        signIn(accounts.create(Role.ASSESSOR));

        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText())
                .isEqualTo("This task is no longer open, or it is not yours to see.");
        assertThat(_find(Button.class, spec -> spec.withId("claim"))).isEmpty();
    }

    @Test
    void a_task_claimed_by_a_colleague_offers_no_verdict_form() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        tasks.claim(colleague, reviewTaskId);
        signIn(accounts.create(Role.REVIEWER));

        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(reviewTaskId));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Claimed by " + fullName(colleague) + ".");
        assertThat(_find(Button.class, spec -> spec.withId("complete"))).isEmpty();
    }

    @Test
    void an_assessor_scores_every_unit_on_the_assessment_screen_and_the_pass_rule_judges_them() {
        String assessment = reviewedAndClaimedBy(accounts.create(Role.ASSESSOR));
        CurrentUser assessor = currentAssignee(assessment);
        signIn(assessor);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(assessment));

        assertThat(_get(Paragraph.class, spec -> spec.withId("pass-rule")).getText())
                .isEqualTo("Score each unit from 0 to 100 %. A unit passes at 66.7 % or more.");
        var units = tasks.plan(assessor, assessment).toAssess();
        for (var unit : units) {
            _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class,
                    spec -> spec.withId("score-" + unit.code())), unit == units.get(0)
                    ? new java.math.BigDecimal("40") : new java.math.BigDecimal("85.5"));
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-comment")), "Structured interview.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Assessment completed: Competent in some units.");
        NavigatorKt.expectView(InboxView.class);
        assertThat(assessments.results(application.id())).hasSize(units.size())
                .allSatisfy(r -> assertThat(r.passed()).isEqualTo(!r.unitCode().equals(units.get(0).code())));
    }

    @Test
    void an_officer_sees_the_summary_must_declare_no_conflict_and_then_certifies() {
        String assessment = reviewedAndClaimedBy(accounts.create(Role.ASSESSOR));
        CurrentUser assessor = currentAssignee(assessment);
        tasks.completeAssessment(assessor, assessment, eu.skills4cities.citycert.TestStaffWork.scores(tasks, assessor,
                assessment, "75", "Structured interview."));
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        String decision = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        tasks.claim(officer, decision);
        signIn(officer);
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(decision));

        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-outcome")).getText())
                .isEqualTo("Result of the assessment: Competent.");
        @SuppressWarnings("unchecked")
        Grid<eu.skills4cities.citycert.assessment.UnitResult> summary = _get(Grid.class,
                spec -> spec.withId("assessment-summary"));
        assertThat(GridKt._size(summary)).isEqualTo(tasks.plan(officer, decision).toAssess().size());
        assertThat(GridKt._getFormatted(summary, 0, "result")).isEqualTo("passed");
        assertThat(_find(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("review-summary")),
                com.vaadin.flow.component.html.ListItem.class)).isNotEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<CertificationVerdict> verdict = _get(RadioButtonGroup.class, spec -> spec.withId("verdict"));
        _setValue(verdict, CertificationVerdict.CERTIFY);
        _click(_get(Button.class, spec -> spec.withId("complete")));
        var declaration = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("no-conflict"));
        assertThat(declaration.isInvalid()).isTrue();
        assertThat(declaration.getErrorMessage())
                .isEqualTo("Declare that you have no conflict of interest before you decide.");
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(decision).count()).isEqualTo(1);

        _setValue(declaration, true);
        assertThat(declaration.isInvalid()).isFalse();
        _setValue(_get(TextArea.class, spec -> spec.withId("reason")), "Review and assessment support it.");
        _click(_get(Button.class, spec -> spec.withId("complete")));

        // irreversible: nothing happens until the officer confirms what the dialog says will happen
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Certify " + application.candidateName() + "?");
        assertThat(taskService.createTaskQuery().taskId(decision).count()).isEqualTo(1);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        NavigatorKt.expectView(DecisionResultView.class);
        assertThat(tasks.outcomes(application.id())).last().satisfies(o -> {
            assertThat(o.verdict()).isEqualTo("CERTIFY");
            assertThat(o.noConflictDeclared()).isTrue();
        });
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-recorded")).getText()).isEqualTo(
                "You certified " + application.candidateName() + " on application " + application.number() + " ("
                        + application.roleTitle() + ").");
        // the certificates follow in the engine's asynchronous step: meanwhile the page says so
        assertThat(_get(Paragraph.class, spec -> spec.withId("issuing")).getText())
                .isEqualTo("The certificates are being issued; this page shows them in a moment.");

        management.createJobQuery().processInstanceId(application.processInstanceId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        UI.getCurrent().navigate(DecisionResultView.class, DecisionResultView.parameters(application.id()));

        var certificate = certificates.forApplication(application.id()).get(0);
        Anchor issued = _get(Anchor.class, spec -> spec.withId("certificate-" + certificate.number()));
        assertThat(issued.getText()).isEqualTo("Certificate " + certificate.number() + " issued to "
                + application.candidateName());
        assertThat(issued.getHref()).isEqualTo("verify/" + certificate.number());
        assertThat(_find(Paragraph.class, spec -> spec.withId("issuing"))).isEmpty();

        // another officer is told there is no decision of theirs to show
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(DecisionResultView.class, DecisionResultView.parameters(application.id()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText())
                .isEqualTo("There is no decision of yours on this application.");
        assertThat(_find(Anchor.class, spec -> spec.withId("certificate-" + certificate.number()))).isEmpty();
    }

    /** Reviews the application (every unit sufficient) and has the assessor claim the assessment. */
    private String reviewedAndClaimedBy(CurrentUser assessor) {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        tasks.claim(reviewer, reviewTaskId);
        tasks.completeReview(reviewer, reviewTaskId, eu.skills4cities.citycert.TestStaffWork.review(tasks, reviewer,
                reviewTaskId, ReviewVerdict.SUFFICIENT, "Relevant, authentic and current."));
        String assessment = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        tasks.claim(assessor, assessment);
        assignees.put(assessment, assessor);
        return assessment;
    }

    private final java.util.Map<String, CurrentUser> assignees = new java.util.HashMap<>();

    private CurrentUser currentAssignee(String taskId) {
        return assignees.get(taskId);
    }

    @Test
    void a_row_without_an_application_number_or_a_path_is_still_drawn_with_no_null_in_its_data() {
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<eu.skills4cities.citycert.inbox.StaffTask> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        // a task another module lists may know no application, and one started outside CityCert's services no
        // number; the grid draws such rows too (a null property would break the row's drawing in Karibu)
        var bare = new eu.skills4cities.citycert.inbox.StaffTask("task-1", "Check", "RENEWAL", "RENEWAL", null, null,
                null, null, null, null, null, java.time.Instant.now(), null, false, null);

        assertThat(eu.skills4cities.citycert.LitRowAction.properties(grid, "actions", bare))
                .doesNotContainValue(null).containsEntry("claimable", false).containsEntry("application", "");
        assertThat(eu.skills4cities.citycert.LitRowAction.properties(grid, "escalated", bare))
                .doesNotContainValue(null);
    }

    @Autowired
    eu.skills4cities.citycert.security.UserAccountService users;

    private String fullName(CurrentUser user) {
        return users.find(user.username()).orElseThrow().fullName();
    }

    /** The row of the application's task: all rows in one fetch (Karibu's per-row {@code _get} queries each row). */
    private static int rowOf(Grid<eu.skills4cities.citycert.inbox.StaffTask> grid, String applicationNumber) {
        List<eu.skills4cities.citycert.inbox.StaffTask> rows = GridKt._findAll(grid);
        for (int row = 0; row < rows.size(); row++) {
            if (applicationNumber.equals(rows.get(row).number())) {
                return row;
            }
        }
        throw new AssertionError("Application " + applicationNumber + " is not in the inbox");
    }
}
