package eu.skills4cities.citycert.base;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The body's name on the public pages: its name in the reader's language where configured, else its own. */
class BodyNamesTest {

    @Test
    void a_language_with_a_name_gets_it_and_one_without_gets_the_bodys_own_name() {
        BodyNames names = new BodyNames(new MockEnvironment()
                .withProperty("citycert.issuer.name", "Test Certification Body")
                .withProperty("citycert.issuer.names.de", "Test-Zertifizierungsstelle")
                .withProperty("citycert.issuer.names.ro", " "));

        assertThat(names.in(Locale.GERMAN)).isEqualTo("Test-Zertifizierungsstelle");
        assertThat(names.in(Locale.forLanguageTag("de-AT"))).isEqualTo("Test-Zertifizierungsstelle");
        assertThat(names.in(Locale.forLanguageTag("el"))).isEqualTo("Test Certification Body");
        assertThat(names.in(Locale.forLanguageTag("ro"))).as("a blank name is none").isEqualTo("Test Certification Body");
        assertThat(names.in(Locale.ENGLISH)).isEqualTo("Test Certification Body");
    }

    @Test
    void without_configuration_the_body_is_citycerts_default() {
        assertThat(new BodyNames(new MockEnvironment()).in(Locale.GERMAN)).isEqualTo("CityCert Certification Body");
    }
}
