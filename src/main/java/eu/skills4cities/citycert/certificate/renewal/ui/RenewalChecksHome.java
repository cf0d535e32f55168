package eu.skills4cities.citycert.certificate.renewal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/** The reviewers' part of the start page about renewals: how many wait for a check, linking their queue; the same count in the menu. */
@org.springframework.stereotype.Component
class RenewalChecksHome extends RoleHomeSection implements MenuBadge {

    private final RenewalChecks checks;

    RenewalChecksHome(RenewalChecks checks, CurrentUserProvider users) {
        super(users, Role.REVIEWER);
        this.checks = checks;
    }

    @Override
    public int order() {
        return 23;
    }

    @Override
    public Component content() {
        UI ui = UI.getCurrent();
        return new AttentionTiles("home-renewals", ui.getTranslation("menu.renewals"), List.of(
                new AttentionTile("home-renewals-open", "renewals", ui.getTranslation("home.tile.renewals"),
                        checks.open(user()).size())));
    }

    @Override
    public String path() {
        return "renewals";
    }

    @Override
    public long waiting() {
        return countFor(checks::countOpen);
    }
}
