package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.application.EvidenceDocumentPolicy;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.complaint.ComplaintAboutYou;
import eu.skills4cities.citycert.complaint.ComplaintHolders;
import eu.skills4cities.citycert.complaint.ComplaintProperties;
import eu.skills4cities.citycert.complaint.HolderResponse;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The holder's page for a complaint about their certificate (linked from the mail and the start
 * page): what the officers tell them of it, the outcome once decided, and their response with
 * documents while it is open. Nothing on it says who complained.
 */
@Route("complaints/about-me/:number")
@PermitAll
class ComplaintResponseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ComplaintHolders holders;
    private final ComplaintProperties properties;
    private final EvidenceDocumentPolicy documentRules;
    private final CurrentUser holder;
    private String number;

    ComplaintResponseView(ComplaintHolders holders, ComplaintProperties properties,
                          EvidenceDocumentPolicy documentRules, CurrentUserProvider users) {
        this.holders = holders;
        this.properties = properties;
        this.documentRules = documentRules;
        this.holder = users.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("complaint-response.title", number)));
        ComplaintAboutYou complaint;
        try {
            complaint = holders.aboutMe(holder, number);
        } catch (Refusal refusal) {
            Paragraph nothing = new Paragraph(UiErrorHandling.text(refusal));
            nothing.setId("complaint-response-none");
            add(nothing);
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("complaint-response.summary", complaint.certificateNumber(),
                complaint.summary()));
        summary.setId("complaint-response-summary");
        add(summary);
        if (complaint.outcome() != null) {
            Paragraph outcome = new Paragraph(getTranslation("complaint-response.outcome",
                    getTranslation("complaints.outcome." + complaint.outcome()), complaint.outcomeReason()));
            outcome.setId("complaint-response-outcome");
            add(outcome);
        }
        if (complaint.mayRespond()) {
            add(responseForm());
        }
        add(new H3(getTranslation("complaint-response.earlier")));
        for (HolderResponse response : complaint.responses()) {
            Paragraph sent = new Paragraph(DateDisplay.dateTime(response.submittedAt(), getLocale()) + ": "
                    + response.text());
            sent.addClassName("complaint-response-sent");
            add(sent);
        }
    }

    private VerticalLayout responseForm() {
        TextArea text = new TextArea(getTranslation("complaint-response.field"));
        text.setId("complaint-response-text");
        text.setMaxLength(properties.maxDescription());
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        HeldUploads<UploadedDocument> documents = new HeldUploads<>("complaint-response-documents",
                properties.maxDocuments(), documentRules.maxDocumentBytes(), UploadedDocument::new);
        Button send = new Button(getTranslation("complaint-response.send"), click -> {
            try {
                holders.respond(holder, number, text.getValue(), documents.documents());
                Notification.show(getTranslation("complaint-response.sent"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                text.setErrorMessage(UiErrorHandling.text(invalid));
                text.setInvalid(true);
            } catch (Refusal refusal) {
                UiErrorHandling.show(refusal);
                render();
            }
        });
        send.setId("complaint-response-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(text, new Paragraph(getTranslation("complaint-response.documents")),
                documents.component(), send);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint-response.page-title") + " | " + getTranslation("app.name");
    }
}
