package eu.skills4cities.citycert.certificate.register.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.ScopeReductions;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * Asks the certification officer to confirm a decision on a certificate (suspend, reinstate, withdraw,
 * or reduce its scope by one unit), to give the reason the holder is told, and to declare no conflict
 * of interest. A missing unit, reason or declaration keeps the dialog open and says so under the field.
 */
public class StatusDecisionDialog extends Dialog {

    private static final String DECLARATION_MISSING = "problem.certificate-register.declaration-missing";
    private static final String UNIT_PROBLEMS = "problem.scope-reduction.unit";

    private final Paragraph declarationError = new Paragraph();

    public StatusDecisionDialog(CertificateRegister register, CurrentUser officer, String number, StatusDecision decision,
                                Runnable afterDecision) {
        this("certificate-register.decision." + decision.name(), number, decision != StatusDecision.REINSTATE, null,
                (reason, declared) -> register.decide(officer, number, decision, reason, declared), afterDecision);
    }

    /** The officer withdraws one of the certificate's units: the holder gets successors without it. */
    static StatusDecisionDialog scopeReduction(ScopeReductions reductions, CurrentUser officer, String number,
                                               List<CertifiedUnit> units, Runnable afterDecision) {
        Select<CertifiedUnit> unit = new Select<>();
        unit.setId("decision-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.code() + " " + u.title());
        unit.setRequiredIndicatorVisible(true);
        unit.setWidthFull();
        StatusDecisionDialog dialog = new StatusDecisionDialog("certificate-register.decision.REDUCE_SCOPE", number,
                true, unit, (reason, declared) -> reductions.reduce(officer, number,
                        unit.getValue() == null ? null : unit.getValue().code(), reason, declared), afterDecision);
        unit.setLabel(dialog.getTranslation("certificate-register.decision.REDUCE_SCOPE.unit"));
        return dialog;
    }

    private StatusDecisionDialog(String prefix, String number, boolean irreversible, Select<CertifiedUnit> unit,
                                 BiConsumer<String, Boolean> decide, Runnable afterDecision) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation(prefix + ".title", number));
        setWidth("min(36rem, 100%)");
        Paragraph text = new Paragraph(getTranslation(prefix + ".text", number));
        text.setId("decision-text");
        add(text);
        if (unit != null) {
            add(unit);
        }
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
        add(reason, declaration, declarationError);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("decision-cancel");
        Button confirm = new Button(getTranslation(prefix));
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (irreversible) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(click -> {
            try {
                decide.accept(reason.getValue(), declaration.getValue());
                Notification.show(getTranslation(prefix + ".done", number))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                afterDecision.run();
            } catch (InvalidInputException e) {
                // each problem under its field: the unit, the declaration, the rest under the reason
                String aboutReason = text(e.messages().stream().filter(m -> !m.key().equals(DECLARATION_MISSING)
                        && !m.key().startsWith(UNIT_PROBLEMS)).toList());
                reason.setErrorMessage(aboutReason);
                reason.setInvalid(!aboutReason.isEmpty());
                if (unit != null) {
                    String aboutUnit = text(e.messages().stream().filter(m -> m.key().startsWith(UNIT_PROBLEMS)).toList());
                    unit.setErrorMessage(aboutUnit);
                    unit.setInvalid(!aboutUnit.isEmpty());
                }
                boolean undeclared = e.messages().stream().anyMatch(m -> m.key().equals(DECLARATION_MISSING));
                declarationError.setText(undeclared ? getTranslation(DECLARATION_MISSING) : "");
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

    private String text(List<UserMessage> messages) {
        return String.join(" ", messages.stream().map(m -> getTranslation(m.key(), m.getArguments())).toList());
    }
}
