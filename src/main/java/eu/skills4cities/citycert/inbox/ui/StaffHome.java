package eu.skills4cities.citycert.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;

/** The staff's part of the start page: the way to their task inbox (the appeals panel's too). */
@org.springframework.stereotype.Component
class StaffHome implements HomeSection {

    private final CurrentUserProvider users;

    StaffHome(CurrentUserProvider users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.hasAnyOf(Role.INBOX_USERS)).isPresent();
    }

    @Override
    public Component content() {
        return new Content();
    }

    private static final class Content extends Composite<VerticalLayout> {
        Content() {
            getContent().setPadding(false);
            getContent().add(new Paragraph(getTranslation("home.staff")),
                    new Anchor("inbox", getTranslation("home.go.inbox")));
        }
    }
}
