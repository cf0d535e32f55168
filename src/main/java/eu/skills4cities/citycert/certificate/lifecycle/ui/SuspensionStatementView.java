package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.util.List;

import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.HeldUploads;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.lifecycle.HolderStatement;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import jakarta.annotation.security.RolesAllowed;

/**
 * The holder's answer to the suspension of their certificate (under My certificates): the reason they
 * were given, a statement and documents for the certification officers, and what they sent before.
 */
@Route("certificates/:number/statement")
@RolesAllowed(Role.CANDIDATE_NAME)
class SuspensionStatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Suspensions suspensions;
    private final CertificateService certificates;
    private final CurrentUser holder;
    private String number;

    private final FrameworkCatalogue framework;

    SuspensionStatementView(Suspensions suspensions, CertificateService certificates, CurrentUserProvider users,
                            FrameworkCatalogue framework) {
        this.framework = framework;
        this.suspensions = suspensions;
        this.certificates = certificates;
        this.holder = users.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("statement.title", number)));
        CertificateInfo certificate = certificates.mine(holder).stream().filter(c -> c.number().equals(number))
                .findFirst().orElse(null);
        String reason;
        List<HolderStatement> earlier;
        try {
            reason = suspensions.suspensionReason(holder, number);
            earlier = suspensions.statements(holder, number);
        } catch (Refusal refusal) {
            Paragraph nothing = new Paragraph(getTranslation("statement.not-suspended"));
            nothing.setId("statement-not-suspended");
            add(nothing);
            return;
        }
        Paragraph text = new Paragraph(getTranslation("statement.text", number,
                certificate == null ? "" : framework.roleTitle(certificate.frameworkVersionId(),
                        certificate.roleCode(), certificate.roleTitle(), getLocale()).text(), reason));
        text.setId("statement-reason");
        TextArea statement = new TextArea(getTranslation("statement.field"));
        statement.setId("statement-text");
        statement.setMaxLength(Suspensions.MAX_STATEMENT);
        statement.setHelperText(getTranslation("statement.field.helper"));
        statement.setRequiredIndicatorVisible(true);
        statement.setWidthFull();
        HeldUploads<Suspensions.NewDocument> upload = new HeldUploads<>("statement-documents",
                Suspensions.MAX_DOCUMENTS, (int) Suspensions.MAX_DOCUMENT_BYTES, Suspensions.NewDocument::new);
        Button send = new Button(getTranslation("statement.submit"), click -> {
            try {
                suspensions.submit(holder, number, statement.getValue(), upload.documents());
                Notification.show(getTranslation("statement.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException e) {
                statement.setErrorMessage(UiErrorHandling.text(e));
                statement.setInvalid(true);
            } catch (Refusal e) {
                UiErrorHandling.show(e);
                render();
            }
        });
        send.setId("statement-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, statement, new Paragraph(getTranslation("statement.documents")), upload.component(), send,
                new H3(getTranslation("statement.earlier")), earlier(earlier));
    }

    private VerticalLayout earlier(List<HolderStatement> statements) {
        VerticalLayout list = new VerticalLayout();
        list.setId("statement-earlier");
        list.setPadding(false);
        if (statements.isEmpty()) {
            list.add(new Paragraph(getTranslation("statement.none")));
        }
        for (HolderStatement statement : statements) {
            Paragraph sent = new Paragraph(DateDisplay.dateTime(statement.submittedAt(), getLocale()) + ": "
                    + statement.text());
            sent.addClassName("statement-sent");
            list.add(sent);
            for (HolderStatement.Document document : statement.documents()) {
                Anchor link = new Anchor("api/lifecycle/documents/" + document.id(), document.fileName());
                link.setRouterIgnore(true);
                link.setDownload(true);
                list.add(link);
            }
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.page-title") + " | " + getTranslation("app.name");
    }
}
