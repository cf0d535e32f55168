package eu.skills4cities.citycert.privacy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.skills4cities.citycert.base.UserMessage;

/**
 * The problems of one form of the account page, GOV.UK style: each next to its field (marked invalid, with the
 * sentence as its error message) and, above the form, an error summary whose items move the focus to their
 * field. A field's problem goes as soon as the field is changed; the summary goes with its last item.
 */
final class FormProblems {

    private final Div summary = new Div();
    private final UnorderedList items = new UnorderedList();
    /** The fields, each with the message keys (or key prefixes ending in a dot) that belong to it. */
    private final Map<TextFieldBase<?, ?>, List<String>> fields = new LinkedHashMap<>();
    /** The summary's items of each field now shown. */
    private final Map<TextFieldBase<?, ?>, List<ListItem>> shown = new LinkedHashMap<>();

    FormProblems(String id, String title) {
        summary.setId(id);
        summary.addClassName("error-summary");
        summary.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.ERROR, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL);
        summary.getElement().setAttribute("role", "alert");
        H4 heading = new H4(title);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.ERROR);
        items.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        summary.add(heading, items);
        summary.setVisible(false);
    }

    /** The summary, to place above the form. */
    Div summary() {
        return summary;
    }

    /** A field of the form and the problems that belong to it; changing it clears its problem. */
    void field(TextFieldBase<?, ?> field, String... keys) {
        // the server decides what is wrong with the field, not the browser's own checks
        field.setManualValidation(true);
        fields.put(field, List.of(keys));
        field.addValueChangeListener(change -> clear(field));
    }

    /** Shows the problems next to their fields and in the summary; a problem of no field goes to the summary only. */
    void show(List<UserMessage> problems) {
        clear();
        for (UserMessage problem : problems) {
            String text = summary.getTranslation(problem.key(), problem.getArguments());
            TextFieldBase<?, ?> field = fieldOf(problem.key());
            Button go = new Button(text);
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            go.addClassName("error-summary-item");
            ListItem item = new ListItem(go);
            items.add(item);
            if (field != null) {
                go.addClickListener(click -> field.focus());
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + " " + text : text);
                field.setInvalid(true);
                shown.computeIfAbsent(field, f -> new ArrayList<>()).add(item);
            }
        }
        summary.setVisible(!problems.isEmpty());
    }

    void clear() {
        items.removeAll();
        shown.clear();
        fields.keySet().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        summary.setVisible(false);
    }

    /** The field's problems are gone once it changes. */
    private void clear(TextFieldBase<?, ?> field) {
        List<ListItem> mine = shown.remove(field);
        if (mine == null) {
            return;
        }
        field.setInvalid(false);
        field.setErrorMessage(null);
        mine.forEach(items::remove);
        summary.setVisible(items.getChildren().findAny().isPresent());
    }

    private TextFieldBase<?, ?> fieldOf(String key) {
        for (Map.Entry<TextFieldBase<?, ?>, List<String>> entry : fields.entrySet()) {
            for (String owned : entry.getValue()) {
                if (owned.endsWith(".") ? key.startsWith(owned) : key.equals(owned)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
