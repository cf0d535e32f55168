package eu.skills4cities.citycert.security.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.OperatorAlerts;
import eu.skills4cities.citycert.security.Role;

/**
 * The administrators' part of the start page: the mail that fails to go out, linking its list, and
 * the engine's open incidents, linking Cockpit, where they are read and retried; the failing mail's count
 * beside its menu item too.
 */
@org.springframework.stereotype.Component
class OperatorHome extends RoleHomeSection implements MenuBadge {

    private final OperatorAlerts alerts;

    OperatorHome(OperatorAlerts alerts, CurrentUserProvider users) {
        super(users, Role.ADMIN);
        this.alerts = alerts;
    }

    @Override
    public int order() {
        return 28;
    }

    @Override
    public Component content() {
        CurrentUser admin = user();
        UI ui = UI.getCurrent();
        return new AttentionTiles("home-operations", ui.getTranslation("home.operations.title"), List.of(
                new AttentionTile("home-mail-failures", MailFailuresView.ROUTE, ui.getTranslation("home.tile.mail-failures"),
                        alerts.failingMailCount(admin)),
                new AttentionTile("home-incidents", OperatorAlerts.COCKPIT, ui.getTranslation("home.tile.incidents"),
                        alerts.incidentCount(admin)).outsideTheRouter()));
    }

    @Override
    public String path() {
        return MailFailuresView.ROUTE;
    }

    @Override
    public long waiting() {
        return countFor(alerts::failingMailCount);
    }
}
