package eu.skills4cities.citycert.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.inbox.Colleague;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.TaskHandOver;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * Hands the user's claimed task to a colleague of the same queue, chosen from those the
 * service allows (for a decision, only impartial colleagues). Shown to the task's assignee
 * only; hidden when nobody could take the task.
 */
class HandOverControl extends HorizontalLayout {

    private final TaskHandOver tasks;
    private final CurrentUser user;
    private final StaffTask task;
    private final ComboBox<Colleague> colleague = new ComboBox<>();
    private final Button handOver = new Button();

    HandOverControl(TaskHandOver tasks, CurrentUser user, StaffTask task) {
        this.tasks = tasks;
        this.user = user;
        this.task = task;
        List<Colleague> colleagues = tasks.colleagues(user, task.id());
        colleague.setId("hand-over-colleague");
        // no label: the control sits in one row with the buttons; the placeholder and aria label say what it is
        colleague.setPlaceholder(getTranslation("task.hand-over.colleague"));
        colleague.setAriaLabel(getTranslation("task.hand-over.colleague"));
        colleague.setItems(colleagues);
        colleague.setItemLabelGenerator(c -> c.name() + " (" + c.username() + ")");
        handOver.setId("hand-over");
        handOver.setText(getTranslation("task.hand-over"));
        handOver.setEnabled(false);
        colleague.addValueChangeListener(change -> handOver.setEnabled(change.getValue() != null));
        handOver.addClickListener(click -> handOver());
        add(colleague, handOver);
        setVisible(!colleagues.isEmpty());
    }

    private void handOver() {
        Colleague chosen = colleague.getValue();
        try {
            tasks.reassign(user, task.id(), chosen == null ? null : chosen.username());
            Notification.show(getTranslation("task.handed-over", chosen.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (RefusedException | NotFoundException e) {
            UiErrorHandling.show(e);
        }
    }
}
