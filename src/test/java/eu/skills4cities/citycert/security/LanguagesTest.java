package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The six languages, each named in itself, and the best match of what a browser asks for. */
class LanguagesTest {

    @Test
    void the_six_languages_are_offered_english_first_each_named_in_itself() {
        assertThat(Languages.SUPPORTED).extracting(Locale::toLanguageTag)
                .containsExactly("en", "bg", "es", "de", "ro", "el");
        assertThat(Languages.SUPPORTED).extracting(Languages::nameOf)
                .containsExactly("English", "Български", "Español", "Deutsch", "Română", "Ελληνικά");
        assertThat(Languages.DEFAULT).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_first_language_asked_for_that_citycert_offers_is_chosen_its_region_ignored() {
        assertThat(Languages.bestMatch("fr-CH, fr;q=0.9, de-AT;q=0.8, en;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.bestMatch("en;q=0.2, el-GR;q=0.9")).as("by quality, not order")
                .isEqualTo(Locale.forLanguageTag("el"));
        assertThat(Languages.bestMatch("ro-RO")).isEqualTo(Locale.forLanguageTag("ro"));
        assertThat(Languages.bestMatch(List.of(Locale.forLanguageTag("es-MX")))).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void english_when_none_of_the_languages_asked_for_is_offered_or_nothing_is_asked() {
        assertThat(Languages.bestMatch("fr, it;q=0.8, *;q=0.1")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch((String) null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch("")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.bestMatch("not a ;;; header =")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_tag_names_a_supported_language_or_none() {
        assertThat(Languages.supported("bg-BG")).contains(Locale.forLanguageTag("bg"));
        assertThat(Languages.supported("DE")).contains(Locale.GERMAN);
        assertThat(Languages.supported("fr")).isEmpty();
        assertThat(Languages.supported(" ")).isEmpty();
        assertThat(Languages.supported((String) null)).isEmpty();
    }
}
