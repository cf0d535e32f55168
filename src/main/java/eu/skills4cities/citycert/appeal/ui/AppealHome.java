package eu.skills4cities.citycert.appeal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.appeal.Appeal;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.appeal.AppealService;
import eu.skills4cities.citycert.appeal.PanelAppeal;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The appeals' part of the start page: a candidate's appeals and where each stands; for the appeals
 * panel, a tile counting the open appeals the member may decide (its list marks the
 * others, which they took part in), linking that list.
 */
@org.springframework.stereotype.Component
class AppealHome extends RoleHomeSection implements MenuBadge {

    private final AppealService appeals;
    private final AppealPanel panel;

    AppealHome(CurrentUserProvider users, AppealService appeals, AppealPanel panel) {
        // the panel, and an appellant while they have appeals
        super(users, user -> user.has(Role.APPEALS_PANEL) || (user.has(Role.CANDIDATE) && !appeals.mine(user).isEmpty()));
        this.appeals = appeals;
        this.panel = panel;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component content() {
        CurrentUser user = user();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("home-appeals");
        if (user.has(Role.APPEALS_PANEL)) {
            content.add(new AttentionTiles("home-appeals-panel", content.getTranslation("menu.appeals-panel"),
                    List.of(new AttentionTile("home-appeals-open", "appeals/panel",
                            content.getTranslation("home.tile.appeals"), mayDecide(panel.open(user))))));
        }
        if (user.has(Role.CANDIDATE)) {
            List<Appeal> mine = appeals.mine(user);
            for (Appeal appeal : mine) {
                content.add(new Anchor("appeals/" + appeal.id(), content.getTranslation("home.appeals.mine",
                        appeal.number(), content.getTranslation("appeal.status." + appeal.status().name()),
                        DateDisplay.dateTime(appeal.dueAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()))));
            }
        }
        return content;
    }

    /** The panel's list in the menu counts the same appeals as its tile. */
    @Override
    public String path() {
        return "appeals/panel";
    }

    @Override
    public long waiting() {
        return countFor(user -> user.has(Role.APPEALS_PANEL) ? panel.countMayDecide(user) : 0);
    }

    /** The open appeals the member may work on: the panel's list marks the others as excluded. */
    private static long mayDecide(List<PanelAppeal> open) {
        return open.stream().filter(appeal -> !appeal.excluded()).count();
    }
}
