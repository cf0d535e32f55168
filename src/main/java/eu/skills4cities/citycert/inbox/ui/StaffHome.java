package eu.skills4cities.citycert.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.security.Role;

/** The staff's part of the start page: the way to their task inbox. */
@org.springframework.stereotype.Component
class StaffHome implements HomeSection {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean shownTo(AuthenticationContext user) {
        return Role.TASK_WORKERS.stream().anyMatch(role -> user.hasRole(role.name()));
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
