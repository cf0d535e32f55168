package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.complaint.ComplaintAboutYou;
import eu.skills4cities.citycert.complaint.ComplaintHolders;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The holder's part of the start page about complaints: each open complaint about one of their
 * certificates, linking the page to respond. Nothing when there is none.
 */
@org.springframework.stereotype.Component
class ComplaintHome implements HomeSection {

    private final ComplaintHolders holders;
    private final CurrentUserProvider users;

    ComplaintHome(ComplaintHolders holders, CurrentUserProvider users) {
        this.holders = holders;
        this.users = users;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.has(Role.CANDIDATE)).isPresent();
    }

    @Override
    public Component content() {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("home-complaints");
        layout.setPadding(false);
        for (ComplaintAboutYou complaint : holders.aboutMe(users.require())) {
            if (complaint.mayRespond()) {
                Anchor respond = new Anchor("complaints/about-me/" + complaint.number(),
                        layout.getTranslation("home.complaint-about-you", complaint.certificateNumber(),
                                complaint.number()));
                respond.addClassName("home-complaint");
                layout.add(respond);
            }
        }
        return layout;
    }
}
