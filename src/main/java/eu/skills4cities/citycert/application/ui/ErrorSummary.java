package eu.skills4cities.citycert.application.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The error summary at the top of a step (the GOV.UK pattern): "There is a problem" and a list of
 * the problems, each of which moves focus to its field, which is marked invalid in place with the
 * same sentence. When a field is fixed its item goes, and the summary with the last one. It takes
 * focus when it appears, so a screen reader reads it at once.
 */
class ErrorSummary extends Div {

    /** One problem: its sentence, the field it is about (null for none), what following it does. */
    record Problem(String text, Component field, Runnable follow) {

        static Problem of(String text, Component field) {
            return new Problem(text, field, field == null ? null : () -> focus(field));
        }
    }

    private final UnorderedList list = new UnorderedList();
    private final List<Problem> shown = new ArrayList<>();

    ErrorSummary() {
        setId("problems");
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", "problems-title");
        getStyle().set("border", "3px solid var(--lumo-error-color)").set("padding", "0 var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        H2 title = new H2(getTranslation("wizard.problems.title"));
        title.setId("problems-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");
        list.getStyle().set("color", "var(--lumo-error-text-color)");
        add(title, list);
        setVisible(false);
    }

    /** Shows these problems (replacing any shown), marks their fields and takes focus. */
    void show(List<Problem> problems) {
        update(problems);
        if (!problems.isEmpty()) {
            getElement().executeJs("this.focus()");
        }
    }

    /** Shows these problems instead of those shown, without moving focus (the candidate is typing). */
    void update(List<Problem> problems) {
        clear();
        if (problems.isEmpty()) {
            return;
        }
        shown.addAll(problems);
        Map<Component, List<String>> byField = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problem.field() != null) {
                byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.text());
            }
        }
        byField.forEach((field, texts) -> {
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(String.join(" ", texts));
                validated.setInvalid(true);
            }
        });
        render();
    }

    /** The field was changed and its answer accepted: its problems go. */
    void fixed(Component field) {
        if (shown.removeIf(p -> p.field() == field)) {
            unmark(field);
            render();
        }
    }

    /** Removes every problem and unmarks the fields. */
    void clear() {
        shown.stream().map(Problem::field).filter(f -> f != null).distinct().forEach(ErrorSummary::unmark);
        shown.clear();
        render();
    }

    /** The sentences shown, in order. */
    List<String> texts() {
        return shown.stream().map(Problem::text).toList();
    }

    private void render() {
        list.removeAll();
        for (Problem problem : shown) {
            if (problem.follow() == null) {
                list.add(new ListItem(problem.text()));
            } else {
                Button link = new Button(problem.text(), click -> problem.follow().run());
                link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                link.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto")
                        .set("text-decoration", "underline");
                list.add(new ListItem(link));
            }
        }
        setVisible(!shown.isEmpty());
    }

    private static void unmark(Component field) {
        if (field instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }

    /** Moves focus to the field, or to the first thing in it that takes focus (an upload's button). */
    static void focus(Component field) {
        field.getElement().executeJs("""
                const target = this.focusElement || this.inputElement
                    || (this.shadowRoot && this.shadowRoot.querySelector('vaadin-button, button'))
                    || this.querySelector('vaadin-button, button, input') || this;
                this.scrollIntoView({block: 'center'});
                target.focus();""");
    }
}
