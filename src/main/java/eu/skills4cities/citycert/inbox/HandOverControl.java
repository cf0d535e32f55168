package eu.skills4cities.citycert.inbox;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.security.CurrentUser;

/**
 * Hands the user's task to a colleague of the same queue, chosen from those the service allows
 * ({@link TaskHandOver}: for a decision only impartial colleagues, for an appeal, complaint or renewal check
 * only those the work's impartiality does not exclude). Every task screen puts it next to its claim: the inbox's
 * and the appeal, complaint and renewal-check pages alike. Shown to whoever may hand the task on (its holder);
 * hidden when nobody could take the task. Afterwards the user is taken to the inbox, the task no longer theirs.
 */
public class HandOverControl extends HorizontalLayout {

    private final TaskHandOver tasks;
    private final CurrentUser user;
    private final String taskId;
    private final ComboBox<Colleague> colleague = new ComboBox<>();
    private final Button handOver = new Button();

    public HandOverControl(TaskHandOver tasks, CurrentUser user, String taskId) {
        this.tasks = tasks;
        this.user = user;
        this.taskId = taskId;
        List<Colleague> colleagues = tasks.colleagues(user, taskId);
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
            tasks.handOver(user, taskId, chosen == null ? null : chosen.username());
            Notification.show(getTranslation("task.handed-over", chosen.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        } catch (RefusedException | NotFoundException e) {
            UiErrorHandling.show(e);
        }
    }
}
