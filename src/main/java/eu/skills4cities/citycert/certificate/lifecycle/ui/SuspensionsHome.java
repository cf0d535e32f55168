package eu.skills4cities.citycert.certificate.lifecycle.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.certificate.lifecycle.Suspensions;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The officers' part of the start page about suspended certificates: how many await their decision,
 * and how many of those reach the end of their maximum period within {@value #ENDING_WITHIN_DAYS} days
 * (or passed it), both linking the list of suspended certificates, which shows each one's end; the first
 * count beside that list's menu item.
 */
@org.springframework.stereotype.Component
class SuspensionsHome extends RoleHomeSection implements MenuBadge {

    /** Two weeks: time enough to hear the holder and decide before the period ends. */
    static final int ENDING_WITHIN_DAYS = 14;

    private final Suspensions suspensions;

    SuspensionsHome(Suspensions suspensions, CurrentUserProvider users) {
        super(users, Role.CERTIFICATION_OFFICER);
        this.suspensions = suspensions;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public Component content() {
        CurrentUser officer = user();
        UI ui = UI.getCurrent();
        return new AttentionTiles("home-suspensions", ui.getTranslation("menu.suspended"), List.of(
                new AttentionTile("home-suspensions-open", "certificates/suspended",
                        ui.getTranslation("home.tile.suspensions"), suspensions.awaitingDecision(officer)),
                new AttentionTile("home-suspensions-ending", "certificates/suspended",
                        ui.getTranslation("home.tile.suspensions-ending", ENDING_WITHIN_DAYS),
                        suspensions.endingWithin(officer, ENDING_WITHIN_DAYS))));
    }

    @Override
    public String path() {
        return "certificates/suspended";
    }

    @Override
    public long waiting() {
        return countFor(suspensions::awaitingDecision);
    }
}
