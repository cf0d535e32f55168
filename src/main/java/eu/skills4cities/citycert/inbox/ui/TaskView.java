package eu.skills4cities.citycert.inbox.ui;

import eu.skills4cities.citycert.base.ContentText;
import eu.skills4cities.citycert.framework.LocalText;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.assessment.UnitResult;
import eu.skills4cities.citycert.assessment.UnitReview;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.inbox.HandOverControl;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskComment;
import eu.skills4cities.citycert.inbox.TaskComments;
import eu.skills4cities.citycert.inbox.TaskEscalation;
import eu.skills4cities.citycert.inbox.TaskEscalations;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.inbox.TaskOutcome;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Working one task: the application, what earlier stages decided, and the stage's own screen
 * (evidence review, assessment or decision). The service enforces who may claim and complete;
 * this view only offers it.
 */
@Route("inbox/:taskId")
@RolesAllowed({Role.REVIEWER_NAME, Role.ASSESSOR_NAME, Role.CERTIFICATION_OFFICER_NAME})
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkCatalogue framework;
    private final StaffTaskService tasks;
    private final TaskHandOver handOver;
    private final TaskComments taskComments;
    private final ApplicationService applications;
    private final AssessmentService assessments;
    private final ApplicationDrafts drafts;
    private final CurrentUserProvider users;
    private final TaskEscalations escalations;
    private final StaffNames staffNames;
    private String title = "";
    /** The form of the task's stage, which shows the problems of its input beside its fields. */
    private TaskForm form;

    TaskView(StaffTaskService tasks, TaskHandOver handOver, TaskComments comments, ApplicationService applications,
             AssessmentService assessments, ApplicationDrafts drafts, CurrentUserProvider users,
             TaskEscalations escalations, StaffNames staffNames, FrameworkCatalogue framework) {
        this.framework = framework;
        this.staffNames = staffNames;
        this.tasks = tasks;
        this.handOver = handOver;
        this.taskComments = comments;
        this.applications = applications;
        this.assessments = assessments;
        this.drafts = drafts;
        this.users = users;
        this.escalations = escalations;
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(String taskId) {
        return new RouteParameters("taskId", taskId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("taskId").orElse(""));
    }

    private void show(String taskId) {
        removeAll();
        CurrentUser user = users.require();
        StaffTask task;
        try {
            task = tasks.get(user, taskId);
        } catch (NotFoundException | RefusedException e) {
            Paragraph notFound = new Paragraph(getTranslation("task.not-found"));
            notFound.setId("not-found");
            add(notFound);
            title = getTranslation("task.not-found");
            return;
        }
        ApplicationDetails application = applications.get(user, task.applicationId());
        var history = tasks.outcomes(application.id());
        var reviews = assessments.reviews(application.id());
        var results = assessments.results(application.id());
        var comments = taskComments.comments(user, task.id());
        var escalation = task.escalated() ? escalations.of(user, taskId) : java.util.Optional.<TaskEscalation>empty();
        // everybody the screen names, by full name, in one lookup
        java.util.List<String> mentioned = new java.util.ArrayList<>();
        mentioned.add(task.assignee());
        history.forEach(o -> mentioned.add(o.actor()));
        reviews.forEach(r -> mentioned.add(r.reviewer()));
        results.forEach(r -> mentioned.add(r.assessor()));
        comments.forEach(c -> mentioned.add(c.author()));
        escalation.ifPresent(e -> mentioned.addAll(e.notified()));
        UnaryOperator<String> names = staffNames.of(mentioned);

        title = getTranslation("task.title", getTranslation("stage." + task.stage()), application.number());
        add(new H2(title));
        if (task.escalated()) {
            add(new EscalationNote(escalation, names));
        }
        boolean mine = user.username().equals(task.assignee());
        // what the person can do with the task comes first, before the long page it is about
        add(actions(user, task, mine, names), facts(application));
        if (application.retakeOf() != null) {
            Paragraph retake = new Paragraph(getTranslation("task.retake"));
            retake.setId("retake-note");
            add(retake);
        }
        // the reader's own part of the case record (the audit module's page, linked by its path)
        Anchor record = new Anchor("audit/applications/" + application.id(), getTranslation("task.case-record"));
        record.setId("my-case-record");
        add(record);
        add(new H3(getTranslation("application.statement")), new Paragraph(application.statement()));
        if (!history.isEmpty()) {
            add(new H3(getTranslation("application.history")), history(history, names));
        }
        add(stageForm(user, task, application, history, reviews, results, names, mine));
        add(comments(user, task, comments, names));
    }

    /** Claim, or release and hand over, or who holds the task: at the top of the page. */
    private com.vaadin.flow.component.Component actions(CurrentUser user, StaffTask task, boolean mine,
                                                        UnaryOperator<String> names) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("task-actions");
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("task.claim"), click -> claim(user, task.id()));
            claim.setId("claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(claim, new Span(getTranslation("task.claim-first")));
        } else if (!mine) {
            actions.add(new Paragraph(getTranslation("task.assigned-other", names.apply(task.assignee()))));
        } else {
            Button release = new Button(getTranslation("task.release"), click -> {
                tasks.unclaim(user, task.id());
                show(task.id());
            });
            release.setId("release");
            actions.add(release, new HandOverControl(handOver, user, task.id()));
        }
        return actions;
    }

    /** The stage's own screen: editable for the person who holds the task, read-only for the others. */
    private com.vaadin.flow.component.Component stageForm(CurrentUser user, StaffTask task,
                                                        ApplicationDetails application,
                                                        java.util.List<TaskOutcome> history,
                                                        java.util.List<UnitReview> reviews,
                                                        java.util.List<UnitResult> results,
                                                        UnaryOperator<String> names, boolean mine) {
        AssessmentPlan plan = tasks.plan(user, task.id());
        com.vaadin.flow.component.Component form = switch (task.certificationStage()) {
            case REVIEW -> new ReviewForm(plan.toAssess(), evidence(user, application), mine,
                    submission -> act(() -> {
                        var verdict = tasks.completeReview(user, task.id(), submission);
                        return getTranslation("review.completed." + verdict.name());
                    }));
            case ASSESSMENT -> new AssessmentForm(plan, reviews, evidence(user, application), mine,
                    submission -> act(() -> {
                        var outcome = tasks.completeAssessment(user, task.id(), submission);
                        return getTranslation("assessment.completed", getTranslation("verdict." + outcome.name()));
                    }), tasks.exam(user, task.id()),
                    comment -> act(() -> {
                        var outcome = tasks.confirmExam(user, task.id(), comment);
                        return getTranslation("assessment.completed", getTranslation("verdict." + outcome.name()));
                    }),
                    reason -> act(() -> {
                        tasks.voidExam(user, task.id(), reason);
                        return getTranslation("assessment.exam-voided");
                    }), (unit, score) -> assessments.preview(plan, unit, score), names);
            case DECISION -> new DecisionForm(plan, reviews, results,
                    history.stream().filter(o -> o.stage() == Stage.ASSESSMENT).map(TaskOutcome::verdict)
                            .reduce((first, last) -> last).orElse(null),
                    mine ? evidence(user, application) : null, application.candidateName(), names, mine,
                    submission -> decide(user, task, application, submission));
        };
        this.form = (TaskForm) form;
        if (plan.heldBecause().isEmpty()) {
            return form;
        }
        // units held already (an earlier application, a unit certificate, a recertification's carry-over)
        var held = new com.vaadin.flow.component.html.UnorderedList();
        held.setId("held-because");
        plan.heldMessages("held.staff.").forEach(m -> held.add(new com.vaadin.flow.component.html.ListItem(
                getTranslation(m.key(), m.args().toArray()))));
        var withHeld = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                new com.vaadin.flow.component.html.H3(getTranslation("held.staff.title")), held, form);
        withHeld.setPadding(false);
        return withHeld;
    }

    /** The application's evidence by unit; a retake also shows what the retaken application put forward. */
    private EvidenceByUnit evidence(CurrentUser user, ApplicationDetails application) {
        java.util.List<DocumentInfo> documents = new java.util.ArrayList<>(application.documents());
        java.util.Map<java.util.UUID, java.util.UUID> owner = new java.util.HashMap<>();
        application.documents().forEach(d -> owner.put(d.id(), application.id()));
        java.util.UUID source = application.id();
        if (application.retakeOf() != null) {
            ApplicationDetails original = applications.get(user, application.retakeOf());
            original.documents().forEach(d -> owner.put(d.id(), original.id()));
            documents.addAll(original.documents());
            source = original.id();
        }
        return new EvidenceByUnit(this, documents, drafts.selfAssessment(user, source), d -> owner.get(d.id()));
    }

    /**
     * Runs a completion and tells the user how it went; refusals and problems leave the form as it was, the
     * problems of the input beside its fields.
     */
    private void act(java.util.function.Supplier<String> completion) {
        try {
            String done = completion.get();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (Refusal e) {
            refused(e);
        }
    }

    private void refused(Refusal refusal) {
        if (form == null || !form.showProblems(refusal)) {
            UiErrorHandling.show(refusal);
        }
    }

    /** The officer's decision, confirmed in the form; then the page that tells them what it led to. */
    private void decide(CurrentUser user, StaffTask task, ApplicationDetails application,
                        eu.skills4cities.citycert.inbox.DecisionSubmission submission) {
        try {
            tasks.completeDecision(user, task.id(), submission);
            getUI().ifPresent(ui -> ui.navigate(DecisionResultView.class,
                    DecisionResultView.parameters(application.id())));
        } catch (Refusal e) {
            refused(e);
        }
    }

    private FormLayout facts(ApplicationDetails application) {
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(application.candidateName()), getTranslation("application.candidate"));
        LocalText role = framework.roleTitle(application.frameworkVersionId(), application.roleCode(),
                application.roleTitle(), getLocale());
        facts.addFormItem(ContentText.tag(new Span(role.text()), role.language(), getLocale()),
                getTranslation("application.role"));
        // a task exists only for a submitted application
        facts.addFormItem(new Span(DateDisplay.dateTime(application.submittedAt(), getLocale())),
                getTranslation("application.submitted"));
        return facts;
    }

    private UnorderedList history(java.util.List<TaskOutcome> outcomes, UnaryOperator<String> names) {
        UnorderedList list = new UnorderedList();
        list.setId("history");
        for (TaskOutcome outcome : outcomes) {
            list.add(new ListItem("%s: %s (%s, %s): %s".formatted(getTranslation("stage." + outcome.stage().name()),
                    getTranslation("verdict." + outcome.verdict()), names.apply(outcome.actor()),
                    DateDisplay.dateTime(outcome.completedAt(), getLocale()), outcome.comment())));
        }
        return list;
    }

    private VerticalLayout comments(CurrentUser user, StaffTask task, java.util.List<TaskComment> comments,
                                    UnaryOperator<String> names) {
        UnorderedList list = new UnorderedList();
        list.setId("comments");
        comments.forEach(c -> list.add(new ListItem(
                names.apply(c.author()) + " (" + DateDisplay.dateTime(c.at(), getLocale()) + "): " + c.text())));
        TextArea text = new TextArea(getTranslation("task.comment.label"));
        text.setId("new-comment");
        text.setWidthFull();
        text.addValueChangeListener(change -> text.setInvalid(false));
        Button add = new Button(getTranslation("task.comment.add"), click -> {
            try {
                taskComments.comment(user, task.id(), text.getValue());
                show(task.id());
            } catch (InvalidInputException e) {
                // the comment is the one field: its problem beside it
                text.setErrorMessage(UiErrorHandling.text(e));
                text.setInvalid(true);
            } catch (RefusedException e) {
                UiErrorHandling.show(e);
            }
        });
        add.setId("add-comment");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("task.comments")), list, text, add);
        section.setPadding(false);
        return section;
    }

    private void claim(CurrentUser user, String taskId) {
        try {
            tasks.claim(user, taskId);
            Notification.show(getTranslation("inbox.claimed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            UiErrorHandling.show(e);
        }
        show(taskId);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
