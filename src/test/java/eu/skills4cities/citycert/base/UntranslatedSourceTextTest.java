package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No view writes a text of its own: a string literal with a word in it, given to a component as its text, label,
 * header, helper, placeholder, tooltip or notification, would stay English in every language. The views' code
 * ({@code ui} packages and the shell in {@code base}) passes {@code getTranslation(key)} instead. Names that are
 * the same in every language are allowed ({@link #SAME_IN_EVERY_LANGUAGE}).
 */
class UntranslatedSourceTextTest {

    /** Proper names and abbreviations that no language translates. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("CityCert", "EQF", "PDF", "CSV", "JSON", "YAML",
            "LinkedIn", "Open Badges");

    private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    /** Calls that show their first argument, and constructors of components whose first argument is their text. */
    private static final Pattern TEXT_ARGUMENT = Pattern.compile("(?:\\.(?:setText|setLabel|setHelperText"
            + "|setPlaceholder|setHeaderText|setHeader|setTitle|setAriaLabel|setTooltipText|setErrorMessage"
            + "|setConfirmText|setCancelText|setRejectText|setSummaryText|setDescription)"
            + "|Notification\\.show|new (?:Button|Span|Paragraph|H[1-6]|Text|ListItem|NativeLabel|Label|Checkbox"
            + "|TextField|TextArea|PasswordField|EmailField|IntegerField|NumberField|BigDecimalField|DatePicker"
            + "|DateTimePicker|TimePicker|ComboBox|MultiSelectComboBox|Select|RadioButtonGroup|CheckboxGroup|Details"
            + "|Tab|RouterLink|SideNavItem|SideNav|Emphasis|Strong|Div|Notification|ConfirmDialog|Upload))\\(\\s*"
            + LITERAL);
    /** An anchor's second argument is its text (the first is the address). */
    private static final Pattern ANCHOR_TEXT = Pattern.compile("new Anchor\\([^;]*?,\\s*" + LITERAL + "\\s*\\)");
    /** Attributes a screen reader reads or a pointer shows. */
    private static final Pattern SPOKEN_ATTRIBUTE = Pattern.compile(
            "setAttribute\\(\\s*\"(?:aria-label|title|placeholder|alt|aria-description)\"\\s*,\\s*" + LITERAL);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern COMMENT = Pattern.compile("/\\*[\\s\\S]*?\\*/|(?m)^[ \\t]*//[^\\n]*$|//[^\\n\"]*$");

    @Test
    void no_view_passes_a_literal_text_to_a_component() throws IOException {
        List<Path> views = viewSources();
        assertThat(views).as("the scan finds the views").hasSizeGreaterThan(50);

        List<String> found = new ArrayList<>();
        for (Path source : views) {
            found.addAll(literalTexts(source.toString(), Files.readString(source)));
        }

        assertThat(found).as("texts written in the code instead of translations.properties").isEmpty();
    }

    /** The scan finds each shape it knows, and lets pass what is no text or is the same in every language. */
    @Test
    void the_scan_finds_literal_texts_and_nothing_else() {
        String code = """
                add(new Button("Save", click -> save()));
                title.setText("Welcome back");
                Notification.show("Saved!");
                new Anchor("inbox/" + id, "Open the task");
                badge.getElement().setAttribute("aria-label", "Waiting tasks");
                new Span(getTranslation("home.title"));
                new Span(" · ");
                new H1("CityCert");
                new Anchor("api/export", getTranslation("export"));
                field.setId("full-name");
                // a comment: new Button("Not code")
                """;

        assertThat(literalTexts("Sample.java", code)).hasSize(5)
                .anySatisfy(found -> assertThat(found).contains("\"Save\""))
                .anySatisfy(found -> assertThat(found).contains("\"Welcome back\""))
                .anySatisfy(found -> assertThat(found).contains("\"Saved!\""))
                .anySatisfy(found -> assertThat(found).contains("\"Open the task\""))
                .anySatisfy(found -> assertThat(found).contains("\"Waiting tasks\""));
    }

    static List<String> literalTexts(String name, String source) {
        String code = COMMENT.matcher(source).replaceAll("");
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(TEXT_ARGUMENT, ANCHOR_TEXT, SPOKEN_ATTRIBUTE)) {
            Matcher matcher = pattern.matcher(code);
            while (matcher.find()) {
                String text = matcher.group(1);
                if (WORD.matcher(text).find() && !SAME_IN_EVERY_LANGUAGE.contains(text.strip())) {
                    found.add(name + ": \"" + text + "\"");
                }
            }
        }
        return found;
    }

    private static List<Path> viewSources() throws IOException {
        Path root = Path.of("src/main/java/eu/skills4cities/citycert");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/ui/") || path.getParent().endsWith("base"))
                    .toList();
        }
    }
}
