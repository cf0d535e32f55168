package eu.skills4cities.citycert.framework;

import java.util.Locale;
import java.util.Map;

/**
 * A part of a framework with an English title and description (required) and optional translations, keyed by
 * language (a BCP 47 language tag such as {@code de}); a missing translation falls back to English.
 */
public interface Translated {

    String title();

    String description();

    Map<String, Translation> translations();

    /** The title in the reader's language, or the English title. */
    default LocalText title(Locale locale) {
        Translation translation = translations().get(locale.getLanguage());
        return translation == null || translation.title() == null ? new LocalText(title(), Locale.ENGLISH)
                : new LocalText(translation.title(), Locale.forLanguageTag(locale.getLanguage()));
    }

    /** The description in the reader's language, or the English description. */
    default LocalText description(Locale locale) {
        Translation translation = translations().get(locale.getLanguage());
        return translation == null || translation.description() == null
                ? new LocalText(description(), Locale.ENGLISH)
                : new LocalText(translation.description(), Locale.forLanguageTag(locale.getLanguage()));
    }

    /** The translations as stored: a missing map (content stored before translations existed) is empty. */
    static Map<String, Translation> copy(Map<String, Translation> translations) {
        return translations == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(translations));
    }
}
