package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.complaint.ComplaintProperties;
import eu.skills4cities.citycert.complaint.ComplaintWork;
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
    private final ComplaintProperties properties;
    private final CurrentUserProvider users;

    ComplaintWorkHome(ComplaintWork work, ComplaintProperties properties, CurrentUserProvider users) {
        this.work = work;
        this.properties = properties;
        this.users = users;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.has(Role.CERTIFICATION_OFFICER)
                || user.username().equals(properties.qualityManager())).isPresent();
    }

    @Override
    public Component content() {
        int open = work.openWork(users.require()).size();
        Anchor complaints = new Anchor("complaints", "");
        complaints.setText(complaints.getTranslation("home.complaint-work", open));
        complaints.setId("home-complaint-work");
        complaints.setVisible(open > 0);
        return complaints;
    }
}
