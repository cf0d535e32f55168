package eu.skills4cities.citycert.complaint.ui;

import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import eu.skills4cities.citycert.inbox.TaskHandOver;

/**
 * The officers' complaint work ({@link ComplaintWorkPanel}), in the menu. {@code complaints/CP-2026-000001}
 * opens that complaint at once (the staff inbox links its rows so). A quality manager who is no officer
 * works on {@link AssignedComplaintsView} instead.
 */
@Route("complaints")
@Menu(order = 8, title = "menu.complaints")
@RolesAllowed(Role.CERTIFICATION_OFFICER_NAME)
class ComplaintsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final ComplaintWorkPanel panel;

    ComplaintsView(ComplaintWork work, TaskHandOver handOver, CurrentUserProvider users) {
        panel = new ComplaintWorkPanel(work, handOver, users.require());
        add(panel);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String number) {
        if (number != null && !number.isBlank()) {
            panel.showNumber(number);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaints.title") + " | " + getTranslation("app.name");
    }
}
