package eu.skills4cities.citycert.inbox.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.HasValidationProperties;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UserMessage;

/**
 * A form's problems shown where they belong: each next to its field (marked invalid, with its sentence) and all
 * of them in a summary at the top of the form, whose items move the focus to their field. The service finds the
 * problems; the form only says which field each problem is about. A field's problem goes as soon as its value
 * changes, and the summary with the last one.
 */
class FieldProblems extends Div {

    private final UnorderedList items = new UnorderedList();
    private final Map<Component, ListItem> shown = new LinkedHashMap<>();
    private final java.util.Set<Component> watched = new java.util.HashSet<>();

    FieldProblems(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        addClassNames("field-problems");
        getStyle().set("border", "2px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        H3 title = new H3(getTranslation("form.problems.title"));
        title.getStyle().set("margin-top", "0");
        items.setId(id + "-items");
        add(title, items);
        setVisible(false);
    }

    /**
     * Shows the problems of invalid input, each beside its field where {@code fieldOf} names one, and all in the
     * summary. Returns false, showing nothing, for a refusal of another shape.
     */
    boolean show(Refusal refusal, Function<UserMessage, Optional<? extends Component>> fieldOf) {
        if (!(refusal instanceof InvalidInputException invalid)) {
            return false;
        }
        clear();
        for (UserMessage problem : invalid.messages()) {
            String sentence = getTranslation(problem.key(), problem.getArguments());
            Optional<? extends Component> field = fieldOf.apply(problem);
            if (field.isPresent() && shown.containsKey(field.get())) {
                continue; // one item per field: its first problem
            }
            ListItem item = new ListItem();
            if (field.isPresent()) {
                Component target = field.get();
                if (target instanceof HasValidationProperties validated) {
                    validated.setErrorMessage(sentence);
                    validated.setInvalid(true);
                }
                Button link = new Button(sentence, click -> focus(target));
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                target.getId().ifPresent(id -> link.setId("problem-" + id));
                item.add(link);
                shown.put(target, item);
                watch(target);
            } else {
                item.setText(sentence);
            }
            items.add(item);
        }
        setVisible(true);
        getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus()");
        return true;
    }

    /** Clears every problem, beside the fields and in the summary. */
    void clear() {
        shown.keySet().forEach(FieldProblems::valid);
        shown.clear();
        items.removeAll();
        setVisible(false);
    }

    private void watch(Component field) {
        if (field instanceof HasValue<?, ?> value && watched.add(field)) {
            value.addValueChangeListener(change -> fixed(field));
        }
    }

    private void fixed(Component field) {
        ListItem item = shown.remove(field);
        if (item == null) {
            return;
        }
        valid(field);
        items.remove(item);
        if (items.getChildren().findAny().isEmpty()) {
            setVisible(false);
        }
    }

    private static void valid(Component field) {
        if (field instanceof HasValidationProperties validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }

    private static void focus(Component field) {
        // the input inside the field (text fields, radio buttons and checkboxes keep it in the light DOM)
        field.getElement().executeJs("this.scrollIntoView({block: 'center'});"
                + " const input = this.querySelector('input, textarea'); (input || this).focus()");
    }
}
