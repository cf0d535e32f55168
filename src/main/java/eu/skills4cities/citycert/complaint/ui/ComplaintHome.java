package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.complaint.ComplaintAboutYou;
import eu.skills4cities.citycert.complaint.ComplaintHolders;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The holder's part of the start page about complaints: each open complaint about one of their
 * certificates, linking the page to respond. Nothing when there is none.
 */
@org.springframework.stereotype.Component
class ComplaintHome extends RoleHomeSection {

    private final ComplaintHolders holders;

    ComplaintHome(ComplaintHolders holders, CurrentUserProvider users) {
        super(users, Role.CANDIDATE);
        this.holders = holders;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Component content() {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("home-complaints");
        layout.setPadding(false);
        for (ComplaintAboutYou complaint : holders.aboutMe(user())) {
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
