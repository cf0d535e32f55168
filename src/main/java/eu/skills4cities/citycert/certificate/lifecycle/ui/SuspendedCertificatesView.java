package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.util.List;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.lifecycle.HolderStatement;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions.OpenSuspension;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.StatusDecision;
import eu.skills4cities.citycert.certificate.register.ui.StatusDecisionDialog;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The officers' task "Decide on the suspended certificate": every suspended certificate awaiting a
 * decision (escalated ones marked), the reason, what the holder said with their documents, and the two
 * decisions, lift or withdraw, taken through the register (reason and declaration of no conflict of interest).
 */
@Route("certificates/suspended")
@Menu(order = 7, title = "menu.suspended")
@RolesAllowed(Role.CERTIFICATION_OFFICER_NAME)
class SuspendedCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final Suspensions suspensions;
    private final CertificateRegister register;
    private final CurrentUser officer;
    private final Grid<OpenSuspension> grid = new Grid<>();
    private final Div details = new Div();
    private final Paragraph empty = new Paragraph();

    SuspendedCertificatesView(Suspensions suspensions, CertificateRegister register, CurrentUserProvider users) {
        this.suspensions = suspensions;
        this.register = register;
        this.officer = users.require();
        add(new H2(getTranslation("suspended.title")));
        empty.setId("no-suspensions");
        empty.setText(getTranslation("suspended.empty"));
        grid.setId("suspensions");
        grid.addColumn(s -> s.certificate().number()).setKey("number")
                .setHeader(getTranslation("suspended.column.number")).setAutoWidth(true);
        grid.addColumn(s -> s.certificate().holderName()).setKey("holder")
                .setHeader(getTranslation("suspended.column.holder")).setFlexGrow(1);
        grid.addColumn(s -> DateDisplay.dateTime(s.suspendedSince(), getLocale())).setKey("since")
                .setHeader(getTranslation("suspended.column.since")).setAutoWidth(true);
        grid.addColumn(s -> s.suspendedUntil() == null ? "" : DateDisplay.dateTime(s.suspendedUntil(), getLocale()))
                .setKey("until").setHeader(getTranslation("suspended.column.until")).setAutoWidth(true);
        grid.addColumn(s -> s.escalated() ? getTranslation("suspended.escalated") : "").setKey("escalated")
                .setHeader(getTranslation("suspended.column.escalated")).setAutoWidth(true);
        grid.addColumn(s -> s.statements().size()).setKey("statements")
                .setHeader(getTranslation("suspended.column.statements")).setAutoWidth(true);
        // a renderer, not a component button: a re-rendered row keeps its click (CONVENTIONS, UI)
        grid.addColumn(LitRenderer.<OpenSuspension>of(
                        "<vaadin-button theme=\"small\" @click=${open}>${item.label}</vaadin-button>")
                        .withProperty("label", s -> getTranslation("suspended.open"))
                        .withFunction("open", this::show))
                .setKey("open").setAutoWidth(true);
        grid.addItemClickListener(click -> show(click.getItem()));
        grid.setAllRowsVisible(true);
        details.setId("suspension-details");
        details.setWidthFull();
        add(empty, grid, details);
        refresh();
    }

    private void refresh() {
        List<OpenSuspension> open = suspensions.open(officer);
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
        empty.setVisible(open.isEmpty());
        details.removeAll();
    }

    /** The suspension's reason, the holder's statements and documents, and the two decisions. */
    void show(OpenSuspension suspension) {
        details.removeAll();
        String number = suspension.certificate().number();
        H3 title = new H3(number + " · " + suspension.certificate().holderName());
        Paragraph reason = new Paragraph(getTranslation("suspended.reason") + ": " + suspension.reason());
        reason.setId("suspension-reason");
        VerticalLayout statements = new VerticalLayout();
        statements.setId("suspension-statements");
        statements.setPadding(false);
        statements.add(new H3(getTranslation("suspended.statements")));
        if (suspension.statements().isEmpty()) {
            statements.add(new Paragraph(getTranslation("suspended.no-statement")));
        }
        for (HolderStatement statement : suspension.statements()) {
            Paragraph text = new Paragraph(DateDisplay.dateTime(statement.submittedAt(), getLocale()) + ": "
                    + statement.text());
            text.addClassName("statement-text");
            statements.add(text);
            for (HolderStatement.Document document : statement.documents()) {
                Anchor link = new Anchor("api/lifecycle/documents/" + document.id(), document.fileName());
                link.setRouterIgnore(true);
                link.setDownload(true);
                link.addClassName("statement-document");
                statements.add(link);
            }
        }
        Button lift = new Button(getTranslation("suspended.decide.REINSTATE"),
                click -> decide(number, StatusDecision.REINSTATE));
        lift.setId("suspension-reinstate");
        lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button withdraw = new Button(getTranslation("suspended.decide.WITHDRAW"),
                click -> decide(number, StatusDecision.WITHDRAW));
        withdraw.setId("suspension-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        details.add(title, reason, statements, new HorizontalLayout(lift, withdraw));
    }

    private void decide(String number, StatusDecision decision) {
        new StatusDecisionDialog(register, officer, number, decision, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suspended.title") + " | " + getTranslation("app.name");
    }
}
