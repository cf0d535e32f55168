package eu.skills4cities.citycert.base;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The error summary at the top of a form (the GOV.UK pattern), the one every form uses: "There is a problem"
 * and a list of the problems, each of which moves focus to its field, which is marked invalid in place with
 * the same sentence. When a field is fixed its item goes, and the summary with the last one. It takes focus
 * when it appears, so a screen reader reads it at once.
 *
 * <p>The service finds the problems; the form only says which field each is about, in one of three ways: a
 * function from the problem to its field ({@link #show(Refusal, Function)}, {@link #showMessages}), the message
 * keys each field owns ({@link #field}, then {@link #showMessages(List)}), or ready-made {@link Problem}s whose
 * following may also lead elsewhere, such as to another step ({@link #show(List)}). With the first two, a field's
 * problems go as soon as its value changes; with the third, the form says when ({@link #fixed},
 * {@link #update}).
 */
public class ErrorSummary extends Div {

    /** One problem: its sentence, the field it is about (null for none), what following it does (null: nothing). */
    public record Problem(String text, Component field, Runnable follow) {

        public static Problem of(String text, Component field) {
            return new Problem(text, field, field == null ? null : () -> focus(field));
        }
    }

    private final UnorderedList list = new UnorderedList();
    private final List<Problem> shown = new ArrayList<>();
    /** The fields of {@link #field}, each with the message keys (or key prefixes ending in a dot) it owns. */
    private final Map<Component, List<String>> owned = new LinkedHashMap<>();
    private final Set<Component> watched = new HashSet<>();

    /** A summary with this id; its heading's id is the id with {@code -title}. */
    public ErrorSummary(String id) {
        setId(id);
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", id + "-title");
        getStyle().set("border", "3px solid var(--lumo-error-color)").set("padding", "0 var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-sizing", "border-box")
                .set("max-width", "100%");
        H2 title = new H2(getTranslation("form.problems.title"));
        title.setId(id + "-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)");
        list.setId(id + "-items");
        list.getStyle().set("color", "var(--lumo-error-text-color)");
        add(title, list);
        setVisible(false);
    }

    /**
     * A field of the form and the message keys of its problems (a key ending in a dot owns every key it begins);
     * the server decides what is wrong with it, not the browser's own checks.
     */
    public ErrorSummary field(Component field, String... keys) {
        if (field instanceof TextFieldBase<?, ?> text) {
            text.setManualValidation(true);
        }
        owned.put(field, List.of(keys));
        return this;
    }

    /** Shows these problems (replacing any shown), marks their fields and takes focus. */
    public void show(List<Problem> problems) {
        update(problems);
        if (!problems.isEmpty()) {
            getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus()");
        }
    }

    /**
     * Shows the problems of invalid input, each on the field {@code fieldOf} names (if any), and takes focus;
     * each field's problems go when its value changes. Returns false, showing nothing, for a refusal of another
     * shape, which the caller shows its own way.
     */
    public boolean show(Refusal refusal, Function<UserMessage, Optional<? extends Component>> fieldOf) {
        if (!(refusal instanceof InvalidInputException invalid)) {
            return false;
        }
        showMessages(invalid.messages(), problem -> fieldOf.apply(problem).orElse(null));
        return true;
    }

    /** Shows the problems on the fields that own their keys ({@link #field}); the others in the summary only. */
    public void showMessages(List<UserMessage> problems) {
        showMessages(problems, problem -> ownerOf(problem.key()));
    }

    /** Shows the problems, each on the field {@code fieldOf} names (null for none), and takes focus. */
    public void showMessages(List<UserMessage> problems, Function<UserMessage, ? extends Component> fieldOf) {
        List<Problem> translated = new ArrayList<>();
        for (UserMessage problem : problems) {
            Component field = fieldOf.apply(problem);
            translated.add(Problem.of(getTranslation(problem.key(), problem.getArguments()), field));
            if (field != null) {
                clearWhenChanged(field);
            }
        }
        show(translated);
    }

    /** Shows these problems instead of those shown, without moving focus (the person is typing). */
    public void update(List<Problem> problems) {
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

    /** The field was changed (and its answer accepted): its problems go. */
    public void fixed(Component field) {
        if (shown.removeIf(p -> p.field() == field)) {
            unmark(field);
            render();
        }
    }

    /** Removes every problem and unmarks the fields. */
    public void clear() {
        shown.stream().map(Problem::field).filter(f -> f != null).distinct().forEach(ErrorSummary::unmark);
        shown.clear();
        render();
    }

    /** The sentences shown, in order. */
    public List<String> texts() {
        return shown.stream().map(Problem::text).toList();
    }

    private void clearWhenChanged(Component field) {
        if (field instanceof HasValue<?, ?> value && watched.add(field)) {
            value.addValueChangeListener(change -> fixed(field));
        }
    }

    private Component ownerOf(String key) {
        for (Map.Entry<Component, List<String>> entry : owned.entrySet()) {
            for (String prefix : entry.getValue()) {
                if (prefix.endsWith(".") ? key.startsWith(prefix) : key.equals(prefix)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private void render() {
        list.removeAll();
        Set<Component> linked = new HashSet<>();
        for (Problem problem : shown) {
            if (problem.follow() == null) {
                list.add(new ListItem(problem.text()));
                continue;
            }
            Button link = new Button(problem.text(), click -> problem.follow().run());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            link.addClassName("error-summary-item");
            link.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto")
                    .set("text-decoration", "underline");
            if (problem.field() != null && linked.add(problem.field())) {
                problem.field().getId().ifPresent(id -> link.setId("problem-" + id));
            }
            list.add(new ListItem(link));
        }
        setVisible(!shown.isEmpty());
    }

    private static void unmark(Component field) {
        if (field instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }

    /** Moves focus to the field, or to the first thing in it that takes focus (an input, an upload's button). */
    public static void focus(Component field) {
        field.getElement().executeJs("""
                const target = this.focusElement || this.inputElement
                    || (this.shadowRoot && this.shadowRoot.querySelector('vaadin-button, button'))
                    || this.querySelector('input, textarea, vaadin-button, button') || this;
                this.scrollIntoView({block: 'center'});
                target.focus();""");
    }
}
