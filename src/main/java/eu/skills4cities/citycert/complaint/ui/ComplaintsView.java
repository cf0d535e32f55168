package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The officers' complaint work ({@link ComplaintWorkPanel}), in the menu. A quality manager who is no officer
 * works on {@link AssignedComplaintsView} instead.
 */
@Route("complaints")
@Menu(order = 8, title = "menu.complaints")
@RolesAllowed(Role.CERTIFICATION_OFFICER_NAME)
class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

    ComplaintsView(ComplaintWork work, CurrentUserProvider users) {
        add(new ComplaintWorkPanel(work, users.require()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaints.title") + " | " + getTranslation("app.name");
    }
}
