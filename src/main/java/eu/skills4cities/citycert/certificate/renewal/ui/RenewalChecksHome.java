package eu.skills4cities.citycert.certificate.renewal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.base.MenuBadge;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;

/** The reviewers' part of the start page about renewals: how many wait for a check, linking their queue; the same count in the menu. */
@org.springframework.stereotype.Component
class RenewalChecksHome implements HomeSection, MenuBadge {

    private final RenewalChecks checks;
    private final CurrentUserProvider users;

    RenewalChecksHome(RenewalChecks checks, CurrentUserProvider users) {
        this.checks = checks;
        this.users = users;
    }

    @Override
    public int order() {
        return 23;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.has(Role.REVIEWER)).isPresent();
    }

    @Override
    public Component content() {
        UI ui = UI.getCurrent();
        return new AttentionTiles("home-renewals", ui.getTranslation("menu.renewals"), List.of(
                new AttentionTile("home-renewals-open", "renewals", ui.getTranslation("home.tile.renewals"),
                        checks.open(users.require()).size())));
    }

    @Override
    public String path() {
        return "renewals";
    }

    @Override
    public long waiting() {
        return users.find().filter(user -> user.has(Role.REVIEWER)).map(checks::countOpen)
                .orElse(0L);
    }
}
