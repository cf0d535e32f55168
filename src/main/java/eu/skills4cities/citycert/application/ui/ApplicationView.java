package eu.skills4cities.citycert.application.ui;

import eu.skills4cities.citycert.base.ContentText;
import eu.skills4cities.citycert.framework.LocalText;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.skills4cities.citycert.application.ApplicationBadges;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.ApplicationPageSection;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationWithdrawal;
import eu.skills4cities.citycert.application.DocumentInfo;
import eu.skills4cities.citycert.application.EvidenceRequest;
import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.application.TimelineEntry;
import eu.skills4cities.citycert.application.UploadedDocument;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.UploadTexts;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One application, for its candidate and for staff. Someone else's application, or an id
 * that does not exist, both show the same "not available" message.
 */
@Route("applications/:id")
@RolesAllowed({Role.CANDIDATE_NAME, Role.REVIEWER_NAME, Role.ASSESSOR_NAME, Role.CERTIFICATION_OFFICER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.APPEALS_PANEL_NAME})
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FrameworkCatalogue framework;
    private final ApplicationService applications;
    private final EvidenceRequests evidenceRequests;
    private final ApplicationWithdrawal withdrawal;
    private final ObjectProvider<ApplicationPageSection> sections;
    private final CurrentUserProvider users;
    private String title = "";

    ApplicationView(ApplicationService applications, EvidenceRequests evidenceRequests,
                    ApplicationWithdrawal withdrawal, ObjectProvider<ApplicationPageSection> sections,
                    CurrentUserProvider users, FrameworkCatalogue framework) {
        this.framework = framework;
        this.applications = applications;
        this.evidenceRequests = evidenceRequests;
        this.withdrawal = withdrawal;
        this.sections = sections;
        this.users = users;
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CurrentUser user = users.require();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(user, applications.get(user, id));
        } catch (IllegalArgumentException | NotFoundException e) {
            Paragraph notFound = new Paragraph(getTranslation("application.not-found"));
            notFound.setId("not-found");
            add(notFound);
            title = getTranslation("application.not-found");
        }
    }

    private void show(CurrentUser user, ApplicationDetails application) {
        title = getTranslation("application.title", application.number());
        FormLayout facts = new FormLayout();
        LocalText role = framework.roleTitle(application.frameworkVersionId(), application.roleCode(),
                application.roleTitle(), getLocale());
        facts.addFormItem(ContentText.tag(new Span(role.text()), role.language(), getLocale()),
                getTranslation("application.role"));
        facts.addFormItem(new Span(application.frameworkVersion()), getTranslation("application.framework"));
        facts.addFormItem(new Span(application.candidateName()), getTranslation("application.candidate"));
        StatusBadge status = new StatusBadge(getTranslation("status." + application.status().name()),
                ApplicationBadges.tone(application.status()));
        status.setId("status");
        facts.addFormItem(status, getTranslation("application.status"));
        applications.recertified(application.recertificationOf()).ifPresent(recertified -> {
            Span recertifies = new Span(getTranslation("recertification.application", recertified.number()));
            recertifies.setId("recertifies");
            facts.addFormItem(recertifies, getTranslation("certificates.recertify"));
        });
        Span submitted = new Span(application.submittedAt() == null ? getTranslation("application.not-submitted")
                : DateDisplay.dateTime(application.submittedAt(), getLocale()));
        submitted.setId("application-submitted");
        facts.addFormItem(submitted, getTranslation("application.submitted"));
        if (application.status() == ApplicationStatus.NOT_ELIGIBLE && application.ineligibleRule() != null) {
            Span reason = new Span(getTranslation("eligibility." + application.ineligibleRule(),
                    String.valueOf(application.ineligibleRequired()),
                    String.valueOf("experience".equals(application.ineligibleRule())
                            ? application.experienceYears() : application.educationLevel())));
            reason.setId("ineligible-reason");
            facts.addFormItem(reason, getTranslation("application.outcome"));
        }
        if (application.outcomeReason() != null) {
            Span reason = new Span(application.outcomeReason());
            reason.setId("outcome-reason");
            facts.addFormItem(reason, getTranslation("application.outcome"));
        }
        add(new H2(title), facts, new H3(getTranslation("application.statement")),
                new Paragraph(application.statement()), new H3(getTranslation("application.documents")));

        UnorderedList documents = new UnorderedList();
        documents.setId("documents");
        for (DocumentInfo document : application.documents()) {
            Anchor download = new Anchor(ApplicationLinks.document(application.id(), document.id()), document.fileName());
            download.setDownload(true);
            download.setRouterIgnore(true);
            documents.add(new ListItem(download, new Span(" " + getTranslation("application.document.size", String.valueOf(document.sizeBytes())))));
        }
        add(documents);
        var evidenceRequest = evidenceRequests.openEvidenceRequest(user, application.id());
        evidenceRequest.ifPresent(request -> add(answerForm(user, application, request)));
        // the judging's part (what the reviewer asked for, unit results, the retake offer) comes from its module
        sections.orderedStream().forEach(section -> section.components(user, application, evidenceRequest.isPresent())
                .forEach(this::add));
        add(new H3(getTranslation("application.timeline")), timeline(user, application));
        if ((application.status() == ApplicationStatus.CERTIFIED
                || application.status() == ApplicationStatus.PARTIALLY_CERTIFIED) && application.candidateUsername().equals(user.username())) {
            add(new Anchor("certificates", getTranslation("home.go.certificates")));
        }
        if (!application.status().closed() && application.candidateUsername().equals(user.username())) {
            add(withdrawButton(user, application));
        }
    }

    /** The candidate's answer to a request for more evidence: a note and one document. */
    private VerticalLayout answerForm(CurrentUser user, ApplicationDetails application, EvidenceRequest request) {
        Paragraph message = new Paragraph(request.message());
        message.setId("evidence-request-message");
        TextArea note = new TextArea(getTranslation("evidence.request.note"));
        note.setId("evidence-note");
        note.setWidthFull();
        UploadedDocument[] received = new UploadedDocument[1];
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                received[0] = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes))));
        upload.setId("evidence-document");
        upload.setI18n(UploadTexts.of(this, 20L * 1024 * 1024));
        upload.setMaxFiles(1);
        Div problems = new Div();
        problems.setId("evidence-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("evidence.request.send"), click -> {
            try {
                evidenceRequests.answerEvidenceRequest(user, application.id(), note.getValue(), received[0]);
                Notification.show(getTranslation("evidence.request.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(current -> current.navigate(ApplicationView.class, parameters(application.id())));
            } catch (InvalidInputException e) {
                problems.removeAll();
                UiErrorHandling.sentences(e).forEach(text -> problems.add(new Paragraph(text)));
            }
        });
        send.setId("send-evidence");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("evidence.request.title")), message,
                new Paragraph(getTranslation("evidence.request.due", DateDisplay.dateTime(request.dueAt(), getLocale()))),
                note, new Span(getTranslation("evidence.request.document")), upload, problems, send);
        form.setId("evidence-request");
        form.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return form;
    }

    private UnorderedList timeline(CurrentUser user, ApplicationDetails application) {
        UnorderedList steps = new UnorderedList();
        steps.setId("timeline");
        for (TimelineEntry entry : applications.timeline(user, application.id())) {
            String text = DateDisplay.dateTime(entry.occurredAt(), getLocale()) + " · "
                    + getTranslation("status." + entry.step());
            boolean reason = entry.detail() != null && !ApplicationStatus.NOT_ELIGIBLE.name().equals(entry.step());
            steps.add(new ListItem(reason ? text + ": " + entry.detail() : text));
        }
        return steps;
    }

    private Button withdrawButton(CurrentUser user, ApplicationDetails application) {
        Button withdraw = new Button(getTranslation("application.withdraw"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(click -> {
            TextArea reason = new TextArea(getTranslation("application.withdraw.reason"));
            reason.setId("withdraw-reason");
            reason.setMaxLength(4000);
            reason.setWidthFull();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("application.withdraw.confirm.title", application.number()));
            confirm.add(new Paragraph(getTranslation("application.withdraw.confirm.text")), reason);
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("application.withdraw"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(event -> {
                try {
                    withdrawal.withdraw(user, application.id(), reason.getValue());
                    Notification.show(getTranslation("application.withdrawn", application.number()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (RefusedException e) {
                    UiErrorHandling.show(e);
                }
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, parameters(application.id())));
            });
            confirm.open();
        });
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
