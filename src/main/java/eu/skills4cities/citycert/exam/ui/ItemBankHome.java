package eu.skills4cities.citycert.exam.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;

/** The item bank's part of an exam author's start page: how many items await their approval, and the way in. */
@org.springframework.stereotype.Component
class ItemBankHome implements HomeSection {

    private final CurrentUserProvider users;
    private final ItemBank bank;

    ItemBankHome(CurrentUserProvider users, ItemBank bank) {
        this.users = users;
        this.bank = bank;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.has(Role.EXAM_AUTHOR)).isPresent();
    }

    @Override
    public Component content() {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setId("home-item-bank");
        content.add(new Paragraph(content.getTranslation("home.item-bank.awaiting",
                String.valueOf(bank.awaitingApproval(users.require())))),
                new Anchor("exam/items", content.getTranslation("menu.item-bank")));
        return content;
    }
}
