package eu.skills4cities.citycert.certificate.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * Asks the certification officer to confirm a decision on a certificate and to give the
 * reason the holder is told, and to declare no conflict of interest. A missing reason or declaration
 * keeps the dialog open and says so.
 */
public class StatusDecisionDialog extends Dialog {

    private final Paragraph declarationError = new Paragraph();

    public StatusDecisionDialog(CertificateRegister register, CurrentUser officer, String number, StatusDecision decision,
                         Runnable afterDecision) {
        setId("decision-dialog");
        String prefix = "certificate-register.decision." + decision.name();
        setHeaderTitle(getTranslation(prefix + ".title", number));
        setWidth("min(36rem, 100%)");
        Paragraph text = new Paragraph(getTranslation(prefix + ".text", number));
        text.setId("decision-text");
        TextArea reason = new TextArea(getTranslation("certificate-register.decision.reason"));
        reason.setId("decision-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CertificateRegister.MAX_REASON);
        reason.setHelperText(getTranslation("certificate-register.decision.reason.helper"));
        reason.setWidthFull();
        Checkbox declaration = new Checkbox(getTranslation("certificate-register.decision.declaration"));
        declaration.setId("decision-declaration");
        declaration.setRequiredIndicatorVisible(true);
        declarationError.setId("decision-declaration-error");
        declarationError.getStyle().set("color", "var(--lumo-error-text-color)");
        declarationError.setVisible(false);
        add(text, reason, declaration, declarationError);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("decision-cancel");
        Button confirm = new Button(getTranslation(prefix));
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (decision != StatusDecision.REINSTATE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(click -> {
            try {
                register.decide(officer, number, decision, reason.getValue(), declaration.getValue());
                Notification.show(getTranslation(prefix + ".done", number))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                afterDecision.run();
            } catch (InvalidInputException e) {
                // the reason's problems under the reason, the missing declaration under the checkbox
                String declarationKey = "problem.certificate-register.declaration-missing";
                String aboutReason = String.join(" ", e.messages().stream()
                        .filter(m -> !m.key().equals(declarationKey))
                        .map(m -> getTranslation(m.key(), m.getArguments())).toList());
                reason.setErrorMessage(aboutReason);
                reason.setInvalid(!aboutReason.isEmpty());
                boolean undeclared = e.messages().stream().anyMatch(m -> m.key().equals(declarationKey));
                declarationError.setText(undeclared ? getTranslation(declarationKey) : "");
                declarationError.setVisible(undeclared);
            } catch (RefusedException e) {
                // somebody decided first: say why, and show the certificate as it now is
                UiErrorHandling.show(e);
                close();
                afterDecision.run();
            }
        });
        getFooter().add(cancel, confirm);
    }
}
