package eu.skills4cities.citycert.complaint.ui;

import java.util.List;

import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * The officers' (and the quality manager's) part of the start page about complaints: a tile counting
 * the complaint tasks they may take ({@link ComplaintWork#openWork}), linking the list that shows them; the
 * same count beside the officers' menu item (the quality manager's page is not in the menu).
 */
@org.springframework.stereotype.Component
class ComplaintWorkHome extends RoleHomeSection implements MenuBadge {

    private final ComplaintWork work;

    ComplaintWorkHome(ComplaintWork work, CurrentUserProvider users) {
        super(users, work::worksOnComplaints);
        this.work = work;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Component content() {
        CurrentUser user = user();
        // the officers' page is theirs by role; a quality manager who is no officer has a page of their own
        AttentionTile complaints = new AttentionTile("home-complaint-work",
                user.has(Role.CERTIFICATION_OFFICER) ? "complaints" : "complaints/assigned",
                UI.getCurrent().getTranslation("home.tile.complaints"),
                work.openWork(user).size());
        return new AttentionTiles("home-complaints-work", UI.getCurrent().getTranslation("menu.complaints"),
                List.of(complaints));
    }

    @Override
    public String path() {
        return "complaints";
    }

    @Override
    public long waiting() {
        return countFor(user -> user.has(Role.CERTIFICATION_OFFICER) ? work.countOpenWork(user) : 0);
    }
}
