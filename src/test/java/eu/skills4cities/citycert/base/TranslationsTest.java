package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.CertificationProcess.Stage;
import eu.skills4cities.citycert.assessment.AssessmentOutcome;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the code names exists in the English bundle, so no screen ever shows
 * a raw key. Keys built from enums (statuses, stages, verdicts) are checked value by value.
 */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|UserMessage\\.of|forbidden|conflict|getMessage|text)\\(\\s*\"([a-z][a-z0-9.-]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([a-z][a-z0-9.-]+)\"");

    @Test
    void every_key_used_in_the_code_has_an_english_text() throws IOException {
        Properties english = english();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(KEY_IN_CODE.matcher(code), used);
                collect(MENU_TITLE.matcher(code), used);
            }
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            used.add("status." + status.name());
        }
        for (Stage stage : Stage.values()) {
            used.add("stage." + stage.name());
        }
        // the verdicts of the three stages: review, assessment, decision
        for (Enum<?>[] verdicts : List.<Enum<?>[]>of(ReviewVerdict.values(), AssessmentOutcome.values(),
                CertificationVerdict.values())) {
            Arrays.stream(verdicts).forEach(verdict -> used.add("verdict." + verdict.name()));
        }

        // prefixes of keys built at run time ("status." + name) are covered by the enum loops above
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used.stream().filter(key -> !english.containsKey(key)).toList())
                .as("keys used in the code but missing from translations.properties").isEmpty();
    }

    /**
     * A text is run through MessageFormat only when it is given arguments: one without any shows a
     * doubled apostrophe as two ("The panel''s reasons" on screen), so only texts with arguments may
     * write ''.
     */
    @Test
    void only_texts_with_arguments_double_their_apostrophes() throws IOException {
        Properties english = english();
        assertThat(english.stringPropertyNames().stream().sorted()
                .filter(key -> english.getProperty(key).contains("''"))
                .filter(key -> !Pattern.compile("\\{\\d").matcher(english.getProperty(key)).find()).toList())
                .as("texts without arguments that would show '' on screen").isEmpty();
    }

    /**
     * The other half of the same rule: in a text with arguments a single apostrophe starts a quoted part,
     * which MessageFormat shows as it stands, so "The credential's status list says {0}" showed a literal
     * {0} and lost its apostrophe. Texts with arguments write every apostrophe as ''.
     */
    @Test
    void texts_with_arguments_write_no_single_apostrophe() throws IOException {
        Properties english = english();
        assertThat(english.stringPropertyNames().stream().sorted()
                .filter(key -> Pattern.compile("\\{\\d").matcher(english.getProperty(key)).find())
                .filter(key -> Pattern.compile("(?<!')'(?!')").matcher(english.getProperty(key)).find()).toList())
                .as("texts with arguments whose single apostrophe would quote the rest").isEmpty();
    }

    private static void collect(Matcher matcher, Set<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
