package eu.skills4cities.citycert.appeal.ui;

import com.vaadin.flow.component.html.Span;
import eu.skills4cities.citycert.base.StatusBadge;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealDocument;
import eu.skills4cities.citycert.appeal.AppealNote;
import eu.skills4cities.citycert.appeal.AppealOutcome;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.AppealStatus;
import eu.skills4cities.citycert.appeal.ContestedKind;
import eu.skills4cities.citycert.appeal.PanelAppeal;
import eu.skills4cities.citycert.inbox.HandOverControl;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.inbox.TaskHolders;
import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * One appeal: what is contested, the grounds, documents, the panel's requests and the answers, the
 * outcome with its reasons. Its appellant answers a request here; the panel claims, notes, asks for
 * more and decides here, with a link to the application's case record. Who may read it is the
 * service's answer (someone else's appeal shows "not available").
 */
@Route("appeals/:id")
@PermitAll
class AppealView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final AppealPanel panel;
    private final TaskHandOver handOver;
    private final TaskHolders holders;
    private final EvidenceDocumentPolicy documentRules;
    private final CurrentUserProvider users;
    private CurrentUser user;
    private UUID id;

    AppealView(AppealService appeals, AppealPanel panel, EvidenceDocumentPolicy documentRules,
               CurrentUserProvider users, TaskHandOver handOver, TaskHolders holders) {
        this.handOver = handOver;
        this.holders = holders;
        this.appeals = appeals;
        this.panel = panel;
        this.documentRules = documentRules;
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            id = null;
        }
        render();
    }

    void render() {
        removeAll();
        // read at every rendering: the router keeps this view when it navigates to another appeal
        user = users.require();
        Appeal appeal;
        try {
            appeal = id == null ? null : appeals.get(user, id);
        } catch (RefusedException refusal) {
            // a panel member the appeal excludes is told why (docs/architecture.md, "Appeals")
            Paragraph refused = new Paragraph(UiErrorHandling.text(refusal));
            refused.setId("appeal-excluded");
            add(refused);
            return;
        } catch (Refusal refusal) {
            appeal = null;
        }
        if (appeal == null) {
            Paragraph missing = new Paragraph(getTranslation("appeal.not-found"));
            missing.setId("appeal-not-found");
            add(missing);
            return;
        }
        add(new H2(getTranslation("appeal.number") + " " + appeal.number()));
        Paragraph status = new Paragraph(new Span(getTranslation("appeal.status") + ": "),
                new StatusBadge(getTranslation("appeal.status." + appeal.status().name()), AppealBadges.tone(appeal.status())),
                new Span(" · " + getTranslation("appeal.due") + ": " + DateDisplay.dateTime(appeal.dueAt(), getLocale())));
        status.setId("appeal-status");
        Paragraph contested = new Paragraph(getTranslation("appeal.kind." + appeal.contested().name())
                + (appeal.certificateNumber() == null ? "" : " · " + appeal.certificateNumber()));
        Paragraph grounds = new Paragraph(getTranslation("appeal.grounds") + ": " + appeal.grounds());
        grounds.setId("appeal-grounds-shown");
        add(status, contested, grounds);
        if (appeal.contested() == ContestedKind.PARTIALLY_CERTIFIED) {
            Paragraph units = new Paragraph(getTranslation("appeal.units") + ": " + (appeal.units().isEmpty()
                    ? getTranslation("appeal.units.all") : String.join(", ", appeal.units())));
            units.setId("appeal-units");
            add(units);
        }
        if (appeal.outcomeReason() != null) {
            Paragraph outcome = new Paragraph(getTranslation("appeal.outcome") + ": " + appeal.outcomeReason());
            outcome.setId("appeal-outcome");
            add(outcome);
        }
        if (appeal.action() != null) {
            Paragraph action = new Paragraph(getTranslation("appeal.action." + appeal.action().name(),
                    appeal.actionSubject()));
            action.setId("appeal-action");
            add(action);
        }
        add(new H3(getTranslation("appeal.documents")));
        for (AppealDocument document : appeal.documents()) {
            Anchor link = new Anchor("api/appeals/documents/" + document.id(), document.fileName());
            link.setRouterIgnore(true);
            link.setDownload(true);
            add(link);
        }
        add(new H3(getTranslation("appeal.notes")));
        VerticalLayout notes = new VerticalLayout();
        notes.setId("appeal-notes");
        notes.setPadding(false);
        for (AppealNote note : appeal.notes()) {
            notes.add(new Paragraph(DateDisplay.dateTime(note.createdAt(), getLocale()) + " · " + note.author() + ": "
                    + note.text()));
        }
        add(notes);
        boolean own = appeal.appellant().equals(user.username());
        if (own && appeal.status() == AppealStatus.AWAITING_APPELLANT) {
            answerForm();
        }
        if (user.has(Role.APPEALS_PANEL) && !appeal.status().closed()) {
            panelWork(appeal);
        }
    }

    private void answerForm() {
        TextArea text = new TextArea(getTranslation("appeal.answer"));
        text.setId("appeal-answer");
        text.setWidthFull();
        HeldUploads<UploadedDocument> uploads = new HeldUploads<>("appeal-answer-documents",
                AppealService.MAX_DOCUMENTS, documentRules.maxDocumentBytes(), UploadedDocument::new);
        Button send = new Button(getTranslation("appeal.answer.send"), click -> act(() ->
                appeals.answer(user, id, text.getValue(), uploads.documents())));
        send.setId("appeal-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, uploads.component(), send);
    }

    private void panelWork(Appeal appeal) {
        Anchor record = new Anchor("audit/applications/" + appeal.applicationId(), getTranslation("appeal.case-record"));
        record.setId("appeal-case-record");
        add(record);
        PanelAppeal work = panel.open(user).stream().filter(p -> p.appeal().id().equals(id)).findFirst().orElse(null);
        if (work == null) {
            return;
        }
        Paragraph holder = new Paragraph(getTranslation("appeal.panel.assignee") + ": "
                + (work.assignee() == null ? "–" : holders.nameOf(work.assignee())));
        holder.setId("appeal-holder");
        Button claim = new Button(getTranslation("appeal.panel.claim"), click -> act(() -> panel.claim(user, id)));
        claim.setId("appeal-claim");
        claim.setVisible(!user.username().equals(work.assignee()));
        TextArea text = new TextArea(getTranslation("appeal.panel.text"));
        text.setId("appeal-panel-text");
        text.setWidthFull();
        Button note = new Button(getTranslation("appeal.panel.note"), click -> act(() ->
                panel.note(user, id, text.getValue())));
        note.setId("appeal-note");
        Button request = new Button(getTranslation("appeal.panel.request"), click -> act(() ->
                panel.requestInformation(user, id, text.getValue())));
        request.setId("appeal-request");
        RadioButtonGroup<AppealOutcome> outcome = new RadioButtonGroup<>(getTranslation("appeal.panel.outcome"));
        outcome.setId("appeal-outcome-choice");
        outcome.setItems(AppealOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("appeal.outcome." + o.name()));
        TextArea reason = new TextArea(getTranslation("appeal.panel.reason"));
        reason.setId("appeal-reason");
        reason.setWidthFull();
        Checkbox declaration = new Checkbox(getTranslation("appeal.panel.declaration"));
        declaration.setId("appeal-declaration");
        Button decide = new Button(getTranslation("appeal.panel.decide"), click -> act(() ->
                panel.decide(user, id, outcome.getValue(), reason.getValue(), declaration.getValue())));
        decide.setId("appeal-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(holder, claim);
        if (user.username().equals(work.assignee())) {
            add(new HandOverControl(handOver, user, work.taskId()));
        }
        add(text, new HorizontalLayout(note, request), outcome, reason, declaration, decide);
    }

    /** Runs a step and shows the page again, or the refusal in its own words. */
    private void act(Runnable step) {
        try {
            step.run();
            Notification.show(getTranslation("appeal.panel.done"));
            render();
        } catch (Refusal refusal) {
            UiErrorHandling.show(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.title") + " | " + getTranslation("app.name");
    }
}
