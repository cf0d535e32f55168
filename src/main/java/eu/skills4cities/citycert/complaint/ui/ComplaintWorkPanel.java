package eu.skills4cities.citycert.complaint.ui;

import java.util.Arrays;
import java.util.List;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.inbox.HandOverControl;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.complaint.ComplaintCase;
import eu.skills4cities.citycert.complaint.ComplaintDocument;
import eu.skills4cities.citycert.complaint.ComplaintOutcome;
import eu.skills4cities.citycert.complaint.ComplaintProcess;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.complaint.HolderResponse;
import eu.skills4cities.citycert.complaint.Triage;
import eu.skills4cities.citycert.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The complaint work of one person, on the officers' page and on the quality manager's: the open triage and
 * investigation tasks they may take, and for the one opened, the complaint (complainant, subject, description,
 * documents, the holder's responses) with the triage or the outcome form. The service checks access and
 * impartiality; a refusal is shown.
 */
class ComplaintWorkPanel extends VerticalLayout {

    private final ComplaintWork work;
    private final TaskHandOver handOver;
    private final CurrentUser officer;
    private final Grid<ComplaintCase> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div details = new Div();

    ComplaintWorkPanel(ComplaintWork work, TaskHandOver handOver, CurrentUser officer) {
        this.work = work;
        this.handOver = handOver;
        this.officer = officer;
        setPadding(false);
        empty.setId("no-complaints");
        empty.setText(getTranslation("complaints.empty"));
        grid.setId("complaints");
        grid.addColumn(ComplaintCase::number).setKey("number").setHeader(getTranslation("complaints.column.number"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("complaints.task." + c.openTask())).setKey("task")
                .setHeader(getTranslation("complaints.column.task")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("complaints.subject." + c.subject())
                        + (c.certificateNumber() == null ? "" : " " + c.certificateNumber()))
                .setKey("subject").setHeader(getTranslation("complaints.column.subject")).setAutoWidth(true);
        grid.addColumn(c -> c.dueAt() == null ? "" : DateDisplay.dateTime(c.dueAt(), getLocale())).setKey("due")
                .setHeader(getTranslation("complaints.column.due")).setAutoWidth(true);
        // a renderer, not a component button: a re-rendered row keeps its click (CONVENTIONS, UI)
        grid.addColumn(LitRenderer.<ComplaintCase>of(
                        "<vaadin-button theme=\"small\" @click=${open}>${item.label}</vaadin-button>")
                        .withProperty("label", c -> getTranslation("complaints.open"))
                        .withFunction("open", this::show))
                .setKey("open").setAutoWidth(true);
        grid.addItemClickListener(click -> show(click.getItem()));
        grid.setAllRowsVisible(true);
        details.setId("complaint-details");
        details.setWidthFull();
        add(new H2(getTranslation("complaints.title")), empty, grid, details);
        refresh();
    }

    private void refresh() {
        List<ComplaintCase> open = work.openWork(officer);
        grid.setItems(open);
        empty.setVisible(open.isEmpty());
        grid.setVisible(!open.isEmpty());
    }

    void show(ComplaintCase listed) {
        showNumber(listed.number());
    }

    /** The complaint with the form its open task asks for. */
    void showNumber(String number) {
        details.removeAll();
        ComplaintCase complaint;
        try {
            complaint = work.read(officer, number);
        } catch (Refusal refusal) {
            UiErrorHandling.show(refusal);
            return;
        }
        details.add(new H3(getTranslation("complaints.details", complaint.number())));
        // the task's hand-over at the top, as on every task screen
        work.workableTask(officer, complaint.number())
                .ifPresent(task -> details.add(new HandOverControl(handOver, officer, task)));
        Paragraph from = new Paragraph(getTranslation("complaints.from", complaint.complainantName(),
                complaint.complainantEmail()));
        from.setId("complaint-from");
        Paragraph about = new Paragraph(getTranslation("complaints.subject." + complaint.subject())
                + (complaint.certificateNumber() == null ? ""
                : " " + complaint.certificateNumber() + " (" + complaint.holderName() + ")"));
        about.setId("complaint-about");
        Paragraph description = new Paragraph(complaint.description());
        description.setId("complaint-text");
        details.add(from, about, description);
        for (ComplaintDocument document : complaint.documents()) {
            details.add(documentLink(complaint, document));
        }
        for (HolderResponse response : complaint.responses()) {
            Paragraph said = new Paragraph(getTranslation("complaints.response",
                    DateDisplay.dateTime(response.submittedAt(), getLocale()), response.text()));
            said.addClassName("complaint-response");
            details.add(said);
            response.documents().forEach(document -> details.add(documentLink(complaint, document)));
        }
        if (ComplaintProcess.ACTIVITY_TRIAGE.equals(complaint.openTask())) {
            details.add(triageForm(complaint));
        } else if (complaint.openTask() != null) {
            details.add(decisionForm(complaint));
        }
    }

    private VerticalLayout triageForm(ComplaintCase complaint) {
        RadioButtonGroup<Triage> triage = new RadioButtonGroup<>(getTranslation("complaints.triage"));
        triage.setId("complaint-triage");
        triage.setItems(Triage.values());
        triage.setItemLabelGenerator(item -> getTranslation("complaints.triage." + item));
        TextArea reason = new TextArea(getTranslation("complaints.triage.reason"));
        reason.setId("complaint-triage-reason");
        reason.setHelperText(getTranslation("complaints.triage.reason.helper"));
        reason.setWidthFull();
        Button send = new Button(getTranslation("complaints.triage.send"), click -> act(reason,
                () -> work.triage(officer, complaint.number(), triage.getValue(), reason.getValue())));
        send.setId("complaint-triage-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(triage, reason, send);
    }

    private VerticalLayout decisionForm(ComplaintCase complaint) {
        RadioButtonGroup<ComplaintOutcome> outcome = new RadioButtonGroup<>(getTranslation("complaints.outcome"));
        outcome.setId("complaint-outcome");
        outcome.setItems(Arrays.stream(ComplaintOutcome.values()).filter(o -> o.ends(complaint.triage())).toList());
        outcome.setItemLabelGenerator(item -> getTranslation("complaints.outcome." + item));
        TextArea reason = new TextArea(getTranslation("complaints.outcome.reason"));
        reason.setId("complaint-outcome-reason");
        reason.setHelperText(getTranslation("complaints.outcome.reason.helper"));
        reason.setWidthFull();
        Checkbox declaration = new Checkbox(getTranslation("complaints.outcome.declaration"));
        declaration.setId("complaint-declaration");
        Button send = new Button(getTranslation("complaints.outcome.send"), click -> act(reason,
                () -> work.decide(officer, complaint.number(), outcome.getValue(), reason.getValue(),
                        declaration.getValue())));
        send.setId("complaint-outcome-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(outcome, reason, declaration, send);
    }

    private void act(TextArea reason, Runnable step) {
        try {
            step.run();
            Notification.show(getTranslation("complaints.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            details.removeAll();
            refresh();
        } catch (eu.skills4cities.citycert.base.InvalidInputException invalid) {
            reason.setErrorMessage(UiErrorHandling.text(invalid));
            reason.setInvalid(true);
        } catch (Refusal refusal) {
            UiErrorHandling.show(refusal);
        }
    }

    private Anchor documentLink(ComplaintCase complaint, ComplaintDocument document) {
        Anchor link = new Anchor("api/complaint-cases/" + complaint.number() + "/documents/" + document.id(),
                document.fileName());
        link.setRouterIgnore(true);
        link.setDownload(true);
        link.addClassName("complaint-document");
        return link;
    }
}
