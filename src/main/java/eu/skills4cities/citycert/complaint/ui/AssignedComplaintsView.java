package eu.skills4cities.citycert.complaint.ui;

import com.vaadin.flow.router.NotFoundException;
import eu.skills4cities.citycert.complaint.ComplaintWork;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import eu.skills4cities.citycert.inbox.TaskHandOver;

/**
 * The complaint work of the quality manager ({@code citycert.complaints.quality-manager}) when they are no
 * certification officer: the same panel as the officers' page, listing only the tasks that are theirs. A named
 * person holds no role for it, so the page admits every signed-in account and asks the service who may work
 * on complaints; anybody else finds nothing here (404). Linked from the start page and the staff inbox
 * ({@code complaints/assigned/CP-2026-000001} opens that complaint), not from the menu, which lists pages by role.
 */
@Route("complaints/assigned")
@PermitAll
class AssignedComplaintsView extends VerticalLayout
        implements HasDynamicTitle, HasUrlParameter<String>, BeforeEnterObserver {

    private final ComplaintWork work;
    private final TaskHandOver handOver;
    private final CurrentUser user;
    private String number;

    AssignedComplaintsView(ComplaintWork work, TaskHandOver handOver, CurrentUserProvider users) {
        this.work = work;
        this.handOver = handOver;
        this.user = users.require();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String number) {
        this.number = number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!work.worksOnComplaints(user)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        ComplaintWorkPanel panel = new ComplaintWorkPanel(work, handOver, user);
        add(panel);
        if (number != null && !number.isBlank()) {
            panel.showNumber(number);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaints.title") + " | " + getTranslation("app.name");
    }
}
