package eu.skills4cities.citycert.security;

import java.util.Locale;

import eu.skills4cities.citycert.CityCertSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views' texts come from the same UTF-8 bundle as the API's and the mails': each language's own, English for a
 * language CityCert does not offer whatever the server's own language, and a key that exists nowhere is marked,
 * not shown bare.
 */
@CityCertSpringTest
class TranslationProviderTest {

    @Autowired
    Translations translations;
    @Autowired
    MessageSource messages;

    @Test
    void each_language_reads_its_own_file_as_utf_8() {
        assertThat(translations.getTranslation("language.switcher.label", Locale.forLanguageTag("el")))
                .isEqualTo("Γλώσσα");
        assertThat(translations.getTranslation("language.switcher.label", Locale.forLanguageTag("bg-BG")))
                .isEqualTo("Език");
        assertThat(translations.getTranslation("language.switcher.label", Locale.GERMAN)).isEqualTo("Sprache");
        assertThat(translations.getProvidedLocales()).isEqualTo(Languages.SUPPORTED);
    }

    @Test
    void a_language_citycert_does_not_offer_reads_english_never_the_server_language() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(translations.getTranslation("language.switcher.label", Locale.ITALIAN)).isEqualTo("Language");
            assertThat(messages.getMessage("language.switcher.label", null, Locale.forLanguageTag("pt")))
                    .isEqualTo("Language");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void arguments_are_formatted_for_the_language_and_a_key_of_no_language_is_marked() {
        assertThat(translations.getTranslation("problem.language.unsupported", Locale.GERMAN, "fr", "Deutsch"))
                .isEqualTo("CityCert bietet die Sprache fr nicht an; wählen Sie eine dieser Sprachen: Deutsch.");
        assertThat(translations.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key!");
    }
}
