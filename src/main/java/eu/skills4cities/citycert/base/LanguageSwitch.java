package eu.skills4cities.citycert.base;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * The languages the shell's switcher offers and what choosing one does. The module that keeps people's accounts
 * implements it (the shell knows no accounts): it applies the language to the session at once and remembers it, on
 * the account of whoever is signed in and in the browser for a visitor.
 */
public interface LanguageSwitch {

    /** The languages offered, the default first. */
    List<Locale> offered();

    /** The language's name in itself (Deutsch, Ελληνικά), as people look for their own. */
    String nameOf(Locale language);

    /** Shows this window (and the session's others from their next page on) in the language, and remembers it. */
    void switchTo(UI ui, Locale language);
}
