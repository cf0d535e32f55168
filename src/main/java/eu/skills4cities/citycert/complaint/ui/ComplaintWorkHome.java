package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * The officers' (and the quality manager's) part of the start page about complaints: how many
 * complaint tasks they may take, linking the complaint list. Nothing when there is none.
 */
@org.springframework.stereotype.Component
class ComplaintWorkHome implements HomeSection {

    private final ComplaintWork work;
    private final CurrentUserProvider users;

    ComplaintWorkHome(ComplaintWork work, CurrentUserProvider users) {
        this.work = work;
        this.users = users;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public boolean shown() {
        return users.find().filter(work::worksOnComplaints).isPresent();
    }

    @Override
    public Component content() {
        CurrentUser user = users.require();
        int open = work.openWork(user).size();
        // the officers' page is theirs by role; a quality manager who is no officer has a page of their own
        Anchor complaints = new Anchor(user.has(Role.CERTIFICATION_OFFICER) ? "complaints" : "complaints/assigned", "");
        complaints.setText(complaints.getTranslation("home.complaint-work", open));
        complaints.setId("home-complaint-work");
        complaints.setVisible(open > 0);
        return complaints;
    }
}
