package eu.skills4cities.citycert.certificate.register.ui;

import java.util.List;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.RegisterEntry;
import eu.skills4cities.citycert.certificate.register.ScopeReductions;
import eu.skills4cities.citycert.certificate.register.StatusChange;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.framework.ContentTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A certificate as the register knows it: what the public verification shows, the units it
 * covers, and the history of decisions on it. Certification officers take the decisions the
 * certificate's status allows from here, each after a confirmation.
 */
class CertificateDetailsDialog extends Dialog {

    CertificateDetailsDialog(CertificateRegister register, ScopeReductions reductions, CertificateService certificates,
                             CurrentUser user, RegisterEntry entry, ContentTitles titles, Runnable afterDecision) {
        setId("certificate-details");
        setHeaderTitle(getTranslation("certificate-register.details.title", entry.number()));
        setWidth("min(48rem, 100%)");

        DescriptionList details = new DescriptionList();
        details.setId("details-facts");
        fact(details, "holder", entry.holderName());
        // the titles in the reader's language, as the register's rows show them
        fact(details, "role", titles.role(null, entry.roleCode(), entry.roleTitle()).text() + " (" + entry.roleCode()
                + ")");
        if (entry.unitCertificate()) {
            fact(details, "unit", titles.unit(null, entry.roleCode(), entry.unitCode(), entry.unitTitle()).text()
                    + " (" + entry.unitCode() + ")");
        }
        if (entry.eqfLevel() != null) {
            fact(details, "eqf", String.valueOf(entry.eqfLevel()));
        }
        if (entry.frameworkLabel() != null) {
            fact(details, "framework", entry.frameworkLabel());
        }
        fact(details, "issued", DateDisplay.date(entry.issuedOn(), getLocale()));
        fact(details, "valid", DateDisplay.date(entry.validUntil(), getLocale()));
        fact(details, "status", getTranslation("certificate-register.status." + entry.status().name()));
        if (entry.supersededByNumber() != null) {
            fact(details, "superseded-by", entry.supersededByNumber());
        }
        add(details);

        UnorderedList units = new UnorderedList();
        units.setId("details-units");
        List<CertifiedUnit> covered = certificates.units(entry.id());
        for (CertifiedUnit unit : covered) {
            units.add(new ListItem(unit.code() + " " + unit.title()));
        }
        add(new H4(getTranslation("certificate-register.details.units")), units);

        add(new H4(getTranslation("certificate-register.details.history")));
        List<StatusChange> history = register.history(user, entry.number());
        if (history.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificate-register.details.no-history"));
            none.setId("details-no-history");
            add(none);
        } else {
            add(historyGrid(history));
        }

        if (CertificateRegister.mayDecide(user)) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setId("details-actions");
            for (StatusDecision decision : StatusDecision.values()) {
                if (decision.refusal(entry.number(), entry.status()).isEmpty()) {
                    Button button = new Button(getTranslation("certificate-register.decision." + decision.name()),
                            click -> new StatusDecisionDialog(register, user, entry.number(), decision, () -> {
                                close();
                                afterDecision.run();
                            }).open());
                    button.setId("decision-" + decision.name());
                    if (decision != StatusDecision.REINSTATE) {
                        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    }
                    actions.add(button);
                }
            }
            certificates.byNumber(entry.number()).filter(c -> reductions.refusal(c).isEmpty()).ifPresent(c -> {
                Button reduce = new Button(getTranslation("certificate-register.decision.REDUCE_SCOPE"),
                        click -> StatusDecisionDialog.scopeReduction(reductions, user, entry.number(), covered, () -> {
                            close();
                            afterDecision.run();
                        }).open());
                reduce.setId("decision-REDUCE_SCOPE");
                reduce.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(reduce);
            });
            add(actions);
        }

        Button close = new Button(getTranslation("certificate-register.close"), click -> close());
        close.setId("details-close");
        getFooter().add(close);
    }

    private Grid<StatusChange> historyGrid(List<StatusChange> history) {
        Grid<StatusChange> grid = new Grid<>();
        grid.setId("details-history");
        grid.addColumn(change -> DateDisplay.dateTime(change.changedAt(), getLocale())).setKey("when")
                .setHeader(getTranslation("certificate-register.history.when")).setAutoWidth(true);
        grid.addColumn(change -> getTranslation("certificate-register.history." + change.kind()))
                .setKey("decision").setHeader(getTranslation("certificate-register.history.decision"))
                .setAutoWidth(true);
        grid.addColumn(StatusChange::changedByName).setKey("by")
                .setHeader(getTranslation("certificate-register.history.by")).setAutoWidth(true);
        grid.addColumn(change -> change.unitCode() == null ? change.reason()
                        : getTranslation("certificate-register.history.unit", change.unitCode(), change.reason()))
                .setKey("reason")
                .setHeader(getTranslation("certificate-register.history.reason")).setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void fact(DescriptionList list, String key, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("details-" + key);
        list.add(new DescriptionList.Term(getTranslation("certificate-register.details." + key)), description);
    }
}
