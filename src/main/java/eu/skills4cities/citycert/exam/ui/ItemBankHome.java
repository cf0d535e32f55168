package eu.skills4cities.citycert.exam.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

import com.vaadin.flow.component.UI;
import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/** The item bank's part of an exam author's start page: a tile counting the items that await their approval
 * (written and last edited by others), linking the item bank. */
@org.springframework.stereotype.Component
class ItemBankHome extends RoleHomeSection {

    private final ItemBank bank;

    ItemBankHome(CurrentUserProvider users, ItemBank bank) {
        super(users, Role.EXAM_AUTHOR);
        this.bank = bank;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component content() {
        UI ui = UI.getCurrent();
        return new AttentionTiles("home-item-bank", ui.getTranslation("menu.item-bank"), List.of(
                new AttentionTile("home-item-bank-awaiting", "exam/items",
                        ui.getTranslation("home.tile.items-awaiting"), bank.awaitingApproval(user()))));
    }
}
