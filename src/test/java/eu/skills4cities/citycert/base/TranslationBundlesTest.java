package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.skills4cities.citycert.security.Languages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language CityCert offers ({@link Languages#SUPPORTED}) has its bundle, {@code
 * translations_<lang>.properties}, with exactly the keys of the English one, and each message keeps the English
 * message's placeholders ({0}, {1,number}, choice formats) and the apostrophe rules of {@link TranslationsTest}. A
 * language added to {@code Languages} without its file fails here; so does a key added in English and not translated.
 */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:\\s*,\\s*(\\w+))?");
    private static final Pattern HAS_ARGUMENTS = Pattern.compile("\\{\\d");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @TestFactory
    Stream<DynamicTest> every_language_has_exactly_the_keys_of_the_english_bundle() {
        Map<String, String> english = english();
        return others().map(language -> DynamicTest.dynamicTest(language.toLanguageTag(), () -> {
            Map<String, String> translated = bundle(language);
            assertThat(missing(english, translated)).as("keys of the English bundle missing from %s",
                    file(language)).isEmpty();
            assertThat(extra(english, translated)).as("keys of %s that the English bundle does not have",
                    file(language)).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_translated_message_is_well_formed() {
        Map<String, String> english = english();
        return others().map(language -> DynamicTest.dynamicTest(language.toLanguageTag(), () -> {
            Map<String, String> translated = bundle(language);
            assertThat(translated).as("%s holds at least the block of the languages issue", file(language))
                    .containsKey("language.switcher.label");
            assertThat(problems(english, translated, language)).as("problems of %s", file(language)).isEmpty();
        }));
    }

    /** The English bundle itself keeps the rules its translations are held to. */
    @Test
    void the_english_bundle_is_well_formed() {
        Map<String, String> english = english();
        assertThat(problems(english, english, Locale.ENGLISH)).isEmpty();
    }

    /** The checks find what they are for: a bundle broken in each way they know is refused, each way named. */
    @Test
    void a_broken_bundle_is_refused_for_each_of_its_problems() throws IOException {
        Map<String, String> english = parse("""
                a=Open {0}
                b=Score {0,number} of {1}
                c=No tasks
                d=The panel''s reason: {0}
                e=Ready
                """);
        Map<String, String> broken = parse("""
                a=Öffnen
                b=Punkte {0} von {1}
                c=Keine ''Aufgaben''
                d=Die Begründung des Panels's: {0}
                x=Übrig
                """);

        assertThat(missing(english, broken)).containsExactly("e");
        assertThat(extra(english, broken)).containsExactly("x");
        assertThat(problems(english, broken, Locale.GERMAN)).hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("a:").contains("placeholders"))
                .anySatisfy(p -> assertThat(p).startsWith("b:").contains("placeholders"))
                .anySatisfy(p -> assertThat(p).startsWith("c:").contains("''"))
                .anySatisfy(p -> assertThat(p).startsWith("d:").contains("single apostrophe"));
        assertThat(problems(english, parse("""
                a=Öffnen {0}
                b=Punkte {0,number} von {1}
                c=Keine Aufgaben
                d=Die Begründung des Panels: {0}
                """), Locale.GERMAN)).isEmpty();
    }

    private static Stream<Locale> others() {
        assertThat(Languages.SUPPORTED).as("the six languages of Skills4Cities' partners").hasSize(6)
                .first().isEqualTo(Languages.DEFAULT);
        return Languages.SUPPORTED.stream().filter(language -> !language.equals(Languages.DEFAULT));
    }

    private static List<String> missing(Map<String, String> english, Map<String, String> translated) {
        return english.keySet().stream().filter(key -> !translated.containsKey(key)).toList();
    }

    private static List<String> extra(Map<String, String> english, Map<String, String> translated) {
        return translated.keySet().stream().filter(key -> !english.containsKey(key)).toList();
    }

    /** Each problem of the translated messages, as {@code key: what}; keys the English bundle lacks are skipped. */
    static List<String> problems(Map<String, String> english, Map<String, String> translated, Locale language) {
        List<String> problems = new ArrayList<>();
        translated.forEach((key, text) -> {
            String source = english.get(key);
            if (source == null) {
                return;
            }
            if (!placeholders(source).equals(placeholders(text))) {
                problems.add(key + ": placeholders " + placeholders(text) + " instead of " + placeholders(source));
            }
            if (text.isBlank() && !source.isBlank()) {
                problems.add(key + ": empty");
            }
            boolean hasArguments = HAS_ARGUMENTS.matcher(text).find();
            if (hasArguments && SINGLE_APOSTROPHE.matcher(text).find()) {
                problems.add(key + ": a single apostrophe in a text with arguments (write '' or ’)");
            }
            if (!hasArguments && text.contains("''")) {
                problems.add(key + ": '' in a text without arguments (write ' or ’)");
            }
            if (hasArguments) {
                try {
                    new MessageFormat(text, language);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": not a message format (" + e.getMessage() + ")");
                }
            }
        });
        return problems;
    }

    /** The placeholders with their format types ({0}, {1,number}, {0,choice}), those inside choices too. */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }

    private static String file(Locale language) {
        return "translations_" + language.getLanguage() + ".properties";
    }

    private static Map<String, String> english() {
        return load("/vaadin-i18n/translations.properties");
    }

    private static Map<String, String> bundle(Locale language) {
        return load("/vaadin-i18n/" + file(language));
    }

    /** A bundle read as Spring and Vaadin read it (UTF-8); a file that is not UTF-8 fails here. */
    private static Map<String, String> load(String resource) {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("%s on the class path", resource).isNotNull();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not UTF-8", e);
        } catch (IOException e) {
            throw new AssertionError(resource + " cannot be read", e);
        }
    }

    private static Map<String, String> parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
