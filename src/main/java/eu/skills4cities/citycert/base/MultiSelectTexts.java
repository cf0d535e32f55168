package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * The multi-select combo box's own screen-reader announcements (a choice added or removed, how many are chosen, a
 * focused chip, the choice cleared) from the message bundle, for every such box: Vaadin's own are English.
 */
public final class MultiSelectTexts {

    private MultiSelectTexts() {
    }

    /** The box with its announcements in its language. */
    public static <T> MultiSelectComboBox<T> spoken(MultiSelectComboBox<T> box) {
        box.setI18n(of(box));
        return box;
    }

    /** The announcements in the component's language. */
    public static MultiSelectComboBoxI18n of(Component component) {
        return new MultiSelectComboBoxI18n()
                .setSelected(component.getTranslation("multi-select.selected"))
                .setDeselected(component.getTranslation("multi-select.deselected"))
                // the web component puts the number where {count} stands
                .setTotal(component.getTranslation("multi-select.total", "{count}"))
                .setFocused(component.getTranslation("multi-select.focused"))
                .setCleared(component.getTranslation("multi-select.cleared"));
    }
}
