package eu.skills4cities.citycert.inbox.ui;

import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.Renderer;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.TaskEscalation;

/** The "Escalated" badge of a task that waited too long, and on the task screen when and to whom. */
class EscalationNote extends HorizontalLayout {

    private static final StatusBadge.Tone TONE = StatusBadge.Tone.ERROR;

    /** The badge alone. */
    static Span badge() {
        StatusBadge badge = new StatusBadge("", TONE);
        badge.setText(badge.getTranslation("task.escalated"));
        return badge;
    }

    /**
     * The same badge as the inbox shows it in its rows, on an escalated task's only, drawn in the browser;
     * {@code text} is the badge's translated word.
     */
    static Renderer<StaffTask> inRows(String text) {
        return StatusBadge.rendererWhere(StaffTask::escalated, task -> text, TONE);
    }

    EscalationNote(Optional<TaskEscalation> escalation, UnaryOperator<String> names) {
        setId("escalation");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Span badge = badge();
        badge.setId("escalated");
        add(badge);
        escalation.ifPresent(e -> add(new Span(getTranslation("task.escalated.detail",
                DateDisplay.dateTime(e.escalatedAt(), getLocale()),
                e.notified().isEmpty() ? getTranslation("task.escalated.nobody") : String.join(", ", e.notified().stream().map(names).toList())))));
    }
}
