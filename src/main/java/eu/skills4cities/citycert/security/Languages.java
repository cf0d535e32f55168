package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a person may choose to read CityCert in: English, Bulgarian, Spanish, German, Romanian and
 * Greek, each with its {@code translations_<lang>.properties}; the languages issue reads the stored choice
 * ({@code user_account.preferred_language}) when a person signs in.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("bg"),
            Locale.forLanguageTag("es"), Locale.forLanguageTag("de"), Locale.forLanguageTag("ro"),
            Locale.forLanguageTag("el"));

    private Languages() {
    }

    /** The supported language of this BCP 47 tag, if it is one. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream().filter(locale -> locale.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag()))
                .findFirst();
    }
}
