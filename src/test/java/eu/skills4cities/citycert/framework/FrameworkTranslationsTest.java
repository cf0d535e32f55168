package eu.skills4cities.citycert.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framework texts in several languages: each part's {@code translations} are read, kept through an export and
 * an import, shown in the reader's language with English in place of what is missing, and checked alike by the
 * reader and the documented JSON Schema. The sample ships its role and unit titles in all six languages.
 */
class FrameworkTranslationsTest {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale GREEK = Locale.forLanguageTag("el");
    private static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    /** The small test framework with a German and Greek role, a German unit and a German criterion description. */
    private static String translated() {
        return TestFrameworks.small()
                .replace("    title: Test Role\n", """
                            title: Test Role
                            translations:
                              de: {title: "Testrolle", description: "Eine Rolle, die es nur in Tests gibt."}
                              el: {title: "Δοκιμαστικός ρόλος"}
                        """)
                .replace("        title: Planning\n", """
                                title: Planning
                                translations:
                                  de:
                                    title: Planung
                        """)
                .replace("                title: Scope statement\n", """
                                        title: Scope statement
                                        translations:
                                          de: {description: "Die Kandidatin oder der Kandidat kann den Umfang beschreiben."}
                        """);
    }

    private static FrameworkDocument read(String file) {
        return FrameworkFileReader.read(file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void translations_are_read_and_each_text_is_shown_in_the_readers_language() {
        RoleDefinition role = read(translated()).roles().get(0);

        assertThat(role.title(GERMAN)).isEqualTo(new LocalText("Testrolle", GERMAN));
        assertThat(role.description(GERMAN).text()).isEqualTo("Eine Rolle, die es nur in Tests gibt.");
        assertThat(role.title(GREEK).text()).isEqualTo("Δοκιμαστικός ρόλος");
        assertThat(role.title(Locale.forLanguageTag("de-AT")).text()).as("a regional variant reads its language")
                .isEqualTo("Testrolle");
        assertThat(role.units().get(0).title(GERMAN).text()).isEqualTo("Planung");
        CriterionDefinition criterion = role.units().get(0).elements().get(0).criteria().get(0);
        assertThat(criterion.title(GERMAN).text()).isEqualTo("Scope statement");
        assertThat(criterion.description(GERMAN).text()).startsWith("Die Kandidatin");
        assertThat(role.unitName("TSTR-U1", GERMAN)).isEqualTo("TSTR-U1 Planung");
    }

    @Test
    void a_missing_translation_falls_back_to_english_and_says_so() {
        RoleDefinition role = read(translated()).roles().get(0);

        LocalText greekDescription = role.description(GREEK);
        assertThat(greekDescription.text()).isEqualTo("A role that exists only in tests.");
        assertThat(greekDescription.english()).isTrue();
        assertThat(greekDescription.fallbackFor(GREEK)).isTrue();
        assertThat(greekDescription.languageTag()).isEqualTo("en");
        LocalText bulgarianUnit = role.units().get(1).title(BULGARIAN);
        assertThat(bulgarianUnit.text()).isEqualTo("Delivery");
        assertThat(bulgarianUnit.fallbackFor(BULGARIAN)).isTrue();
        assertThat(role.title(GERMAN).fallbackFor(GERMAN)).isFalse();
        assertThat(role.title(Locale.ENGLISH).fallbackFor(Locale.ENGLISH)).as("English is no fallback").isFalse();
    }

    @Test
    void an_export_imports_to_an_equal_framework_with_its_translations() {
        FrameworkDocument document = read(translated());

        byte[] export = FrameworkFileWriter.write(document);

        assertThat(read(new String(export, StandardCharsets.UTF_8))).isEqualTo(document);
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("Testrolle", "Δοκιμαστικός ρόλος", "Planung");
    }

    @Test
    void the_sample_round_trips_and_names_every_role_and_unit_in_the_six_languages() throws IOException {
        FrameworkDocument sample = FrameworkFileReader.read(sample());

        assertThat(FrameworkFileReader.read(FrameworkFileWriter.write(sample))).isEqualTo(sample);
        for (RoleDefinition role : sample.roles()) {
            for (Translated part : parts(role)) {
                for (String language : List.of("bg", "es", "de", "ro", "el")) {
                    LocalText title = part.title(Locale.forLanguageTag(language));
                    assertThat(title.fallbackFor(Locale.forLanguageTag(language)))
                            .as(part.title() + " in " + language).isFalse();
                    assertThat(title.text()).isNotBlank().isNotEqualTo(part.title());
                }
            }
        }
        assertThat(sample.roles().get(0).title(GREEK).text()).isEqualTo("Υπεύθυνος ανάπτυξης έργων έξυπνης πόλης");
        assertThat(sample.roles().get(0).title(BULGARIAN).text())
                .isEqualTo("Разработчик на проекти за интелигентни градове");
        assertThat(sample.title(GERMAN).text()).isEqualTo("Smart-City-Rollen von Skills4Cities (Beispiel)");
    }

    @Test
    void a_file_without_translations_reads_as_before_and_compares_translation_changes() {
        FrameworkDocument plain = read(TestFrameworks.small());
        FrameworkDocument translated = read(translated());

        assertThat(plain.roles().get(0).translations()).isEmpty();
        assertThat(FrameworkComparison.compare(plain, translated))
                .anySatisfy(change -> assertThat(change.fields()).contains("translations"));
    }

    @Test
    void the_reader_refuses_an_unknown_language_an_empty_translation_and_an_unknown_field() {
        String bad = TestFrameworks.small().replace("    title: Test Role\n", """
                    title: Test Role
                    translations:
                      fr: {title: "Rôle de test"}
                      en: {title: "Test role again"}
                      de: {}
                      el: {title: "Ρόλος", colour: blue}
                """);

        List<String> problems = refused(bad);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("roles[0].translations.fr")
                        .contains("\"fr\" is not a language").contains("bg, de, el, es, ro"))
                .anySatisfy(p -> assertThat(p).contains("roles[0].translations.en").contains("\"en\""))
                .anySatisfy(p -> assertThat(p).contains("roles[0].translations.de")
                        .contains("must give a title, a description or both"))
                .anySatisfy(p -> assertThat(p).contains("roles[0].translations.el.colour")
                        .contains("not a known field"))
                .hasSize(4);
    }

    @Test
    void the_schema_accepts_translations_and_refuses_what_the_reader_refuses() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/framework-format.schema.json")));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        assertThat(schema.validate(yaml.readTree(translated()))).isEmpty();
        assertThat(schema.validate(yaml.readTree(sample()))).isEmpty();
        Set<ValidationMessage> messages = schema.validate(yaml.readTree(TestFrameworks.small()
                .replace("    title: Test Role\n", """
                            title: Test Role
                            translations:
                              fr: {title: "Rôle de test"}
                              de: {}
                        """)));
        assertThat(messages).extracting(m -> m.getInstanceLocation().toString())
                .anySatisfy(location -> assertThat(location).contains("translations"));
        assertThat(messages).anySatisfy(m -> assertThat(m.getMessage()).contains("fr"));
        assertThat(messages).anySatisfy(m -> assertThat(m.getInstanceLocation().toString())
                .isEqualTo("$.roles[0].translations.de"));
    }

    private static List<Translated> parts(RoleDefinition role) {
        List<Translated> parts = new java.util.ArrayList<>(List.of(role));
        parts.addAll(role.units());
        return parts;
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = FrameworkTranslationsTest.class.getResourceAsStream(
                "/framework/skills4cities-sample.yaml")) {
            return in.readAllBytes();
        }
    }

    private static List<String> refused(String file) {
        try {
            read(file);
        } catch (InvalidInputException e) {
            return e.located().stream().map(p -> p.path() + ": " + TestMessages.english(p.message())).toList();
        }
        throw new AssertionError("The file was accepted");
    }
}
