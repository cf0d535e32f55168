package eu.skills4cities.citycert.framework;

import java.util.Locale;

/**
 * A framework text as shown to a reader, with the language it is written in: the reader's language when the
 * framework has it, else English (then {@link #english()} is true and a view marks the text as English).
 */
public record LocalText(String text, Locale language) {

    /** True when the text is the English original. */
    public boolean english() {
        return language.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** True when the reader asked for another language and is shown English in its place. */
    public boolean fallbackFor(Locale wanted) {
        return english() && !wanted.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** The BCP 47 tag of the text's language, for an HTML {@code lang} attribute. */
    public String languageTag() {
        return language.toLanguageTag();
    }

    @Override
    public String toString() {
        return text;
    }
}
