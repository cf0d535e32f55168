package eu.skills4cities.citycert.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.OperatorAlerts;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrators' list of mail that fails to go out, newest first and page by page: to whom,
 * what, how often it was tried, the SMTP server's last answer, and whether the dispatcher still
 * retries it or has given up. The message text stays out of the list (it may carry a link to sign in).
 */
@Route(MailFailuresView.ROUTE)
@Menu(order = 11, title = "menu.mail-failures")
@RolesAllowed(Role.ADMIN_NAME)
class MailFailuresView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/mail-failures";

    MailFailuresView(OperatorAlerts alerts, CurrentUserProvider users) {
        CurrentUser admin = users.require();
        long failing = alerts.failingMailCount(admin);
        Paragraph summary = new Paragraph(getTranslation("mail-failures.count", failing));
        summary.setId("mail-failures-count");
        Grid<MailMessage> grid = new Grid<>();
        grid.setId("mail-failures");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(message -> DateDisplay.dateTime(message.createdAt(), getLocale())).setKey("created")
                .setHeader(getTranslation("mail-failures.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailMessage::recipient).setKey("recipient")
                .setHeader(getTranslation("mail-failures.column.recipient")).setFlexGrow(1);
        grid.addColumn(MailMessage::subject).setKey("subject")
                .setHeader(getTranslation("mail-failures.column.subject")).setFlexGrow(2);
        grid.addColumn(message -> getTranslation(OperatorAlerts.givenUp(message)
                        ? "mail-failures.given-up" : "mail-failures.retrying", message.attempts()))
                .setKey("attempts").setHeader(getTranslation("mail-failures.column.attempts")).setFlexGrow(1);
        grid.addColumn(MailMessage::lastError).setKey("error")
                .setHeader(getTranslation("mail-failures.column.error")).setFlexGrow(3);
        grid.setItems(query -> alerts.failingMail(admin, query.getOffset(), query.getLimit()).stream(),
                query -> (int) alerts.failingMailCount(admin));
        grid.setVisible(failing > 0);
        Paragraph empty = new Paragraph(getTranslation("mail-failures.empty"));
        empty.setId("no-mail-failures");
        empty.setVisible(failing == 0);
        setSizeFull();
        add(new H2(getTranslation("mail-failures.title")), summary, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail-failures.title") + " | " + getTranslation("app.name");
    }
}
