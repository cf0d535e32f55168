package eu.skills4cities.citycert.application.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;

/** The candidate's part of the start page: their applications, their certificates and their data. */
@org.springframework.stereotype.Component
class CandidateHome implements HomeSection {

    private final CurrentUserProvider users;

    CandidateHome(CurrentUserProvider users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.has(Role.CANDIDATE)).isPresent();
    }

    @Override
    public Component content() {
        return new Content();
    }

    private static final class Content extends Composite<VerticalLayout> {
        Content() {
            VerticalLayout layout = getContent();
            layout.setPadding(false);
            Anchor myData = new Anchor("api/me/data", getTranslation("home.my-data"));
            myData.setId("my-data");
            myData.setDownload(true);
            myData.setRouterIgnore(true);
            layout.add(new Paragraph(getTranslation("home.candidate")),
                    new Anchor("applications", getTranslation("home.go.applications")),
                    new Anchor("certificates", getTranslation("home.go.certificates")), myData);
        }
    }
}
