package eu.skills4cities.citycert.inbox.ui;

import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.inbox.TaskEscalation;

/** The "Escalated" badge of a task that waited too long, and on the task screen when and to whom. */
class EscalationNote extends HorizontalLayout {

    /** The badge alone, as the inbox shows it in a row. */
    static Span badge() {
        StatusBadge badge = new StatusBadge("", StatusBadge.Tone.ERROR);
        badge.setText(badge.getTranslation("task.escalated"));
        return badge;
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
