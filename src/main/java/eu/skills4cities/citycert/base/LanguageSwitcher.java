package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;

/**
 * The language choice in the header of the signed-in frame and of the public pages: each language named in itself,
 * the page shown again in the one chosen at once.
 */
class LanguageSwitcher extends Select<Locale> {

    LanguageSwitcher(LanguageSwitch languages) {
        setId("language-switcher");
        addClassName("language-switcher");
        setItems(languages.offered());
        setItemLabelGenerator(languages::nameOf);
        setAriaLabel(getTranslation("language.switcher.label"));
        setTooltipText(getTranslation("language.switcher.label"));
        Locale current = getLocale();
        setValue(languages.offered().stream().filter(l -> current != null && l.getLanguage().equals(
                current.getLanguage())).findFirst().orElse(languages.offered().get(0)));
        addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(change.getOldValue())) {
                getUI().ifPresent(ui -> languages.switchTo(ui, change.getValue()));
            }
        });
    }
}
