package eu.skills4cities.citycert.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

/**
 * The languages a person may read CityCert in: English (the default and the bundle every other language falls back
 * to), Bulgarian, Spanish, German, Romanian and Greek, the languages of Skills4Cities' partners. Each has its
 * {@code translations_<lang>.properties}; {@code TranslationBundlesTest} fails when one is missing or incomplete.
 * See {@code docs/i18n.md} for how the language of a page, an API answer and a mail is chosen.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;

    /** Each language with its name in itself, as people look for their own; English first. */
    private static final Map<Locale, String> NAMES = names();

    public static final List<Locale> SUPPORTED = List.copyOf(NAMES.keySet());

    /** The cookie that keeps a visitor's choice (a BCP 47 tag) in this browser. */
    public static final String COOKIE = "citycert-language";

    private Languages() {
    }

    private static Map<Locale, String> names() {
        Map<Locale, String> names = new LinkedHashMap<>();
        names.put(Locale.ENGLISH, "English");
        names.put(Locale.forLanguageTag("bg"), "Български");
        names.put(Locale.forLanguageTag("es"), "Español");
        names.put(Locale.GERMAN, "Deutsch");
        names.put(Locale.forLanguageTag("ro"), "Română");
        names.put(Locale.forLanguageTag("el"), "Ελληνικά");
        return java.util.Collections.unmodifiableMap(names);
    }

    /** The supported language of this BCP 47 tag (its region ignored: de-AT is German), if it is one. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(tag.strip()));
    }

    /** The supported language of this locale (its region ignored), if it is one. */
    public static Optional<Locale> supported(Locale wanted) {
        if (wanted == null || wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(wanted.getLanguage())).findFirst();
    }

    /** The language's own name (Deutsch, Ελληνικά); the tag itself for a language CityCert does not offer. */
    public static String nameOf(Locale language) {
        return supported(language).map(NAMES::get).orElse(language == null ? "" : language.toLanguageTag());
    }

    /**
     * The first of the languages a browser asks for, in its order of preference, that CityCert offers; English
     * when it offers none of them.
     */
    public static Locale bestMatch(Collection<Locale> preferred) {
        if (preferred != null) {
            for (Locale wanted : preferred) {
                Optional<Locale> match = supported(wanted);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return DEFAULT;
    }

    /** The same for a servlet request's {@code getLocales()}, which lists Accept-Language by quality. */
    public static Locale bestMatch(Enumeration<Locale> preferred) {
        return bestMatch(preferred == null ? List.of() : java.util.Collections.list(preferred));
    }

    /**
     * The best match of an Accept-Language header (e.g. {@code fr-CH, de;q=0.8, en;q=0.5}); English when the header
     * is missing, malformed or names no language CityCert offers.
     */
    public static Locale bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            return bestMatch(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> !range.getRange().equals("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /**
     * A visitor's language: the one chosen with the switcher in this browser (its cookie), else the best match of
     * the Accept-Language header, else English. The UI, the API's locale resolver and the pages' link previews all
     * read a visitor's language so.
     */
    public static Locale ofVisitor(Cookie[] cookies, String acceptLanguage) {
        Optional<Locale> chosen = cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> supported(cookie.getValue()));
        return chosen.orElseGet(() -> bestMatch(acceptLanguage));
    }
}
