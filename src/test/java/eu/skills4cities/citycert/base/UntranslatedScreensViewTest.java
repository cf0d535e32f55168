package eu.skills4cities.citycert.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main screens in German show no English text: walking the public pages and every menu entry of a person with
 * every staff role, each text on screen (text, label, helper, placeholder, aria-label, title) that equals an English
 * bundle text and is not also that key's German text is untranslated (a key missing from the German file, whose
 * English shows through). Texts the same in every language are allowed ({@link
 * UntranslatedSourceTextTest#SAME_IN_EVERY_LANGUAGE}).
 */
class UntranslatedScreensViewTest extends KaribuViewTest {

    private static final List<String> PUBLIC_PAGES = List.of("welcome", "login", "catalogue", "verify",
            "complaints/new", "register", "forgot-password");
    private static final Pattern HAS_ARGUMENTS = Pattern.compile("\\{\\d");
    private static final List<String> SHOWN_PROPERTIES = List.of("label", "helperText", "placeholder", "title");
    private static final List<String> SHOWN_ATTRIBUTES = List.of("aria-label", "title", "placeholder");

    @Test
    void the_main_screens_in_german_show_no_english_text() throws IOException {
        Map<String, String> german = bundle("_de");
        Map<String, Set<String>> keysOfEnglish = keysOfEnglishTexts();

        List<String> untranslated = new ArrayList<>();
        inGerman();
        for (String page : PUBLIC_PAGES) {
            untranslated.addAll(untranslatedOn(page, german, keysOfEnglish));
        }
        signIn(accounts.create(Role.REVIEWER, Role.ASSESSOR, Role.CERTIFICATION_OFFICER, Role.AUDITOR, Role.ADMIN,
                Role.APPEALS_PANEL, Role.EXAM_AUTHOR));
        UI.getCurrent().getPage().reload();
        inGerman();
        List<String> menu = MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).toList();
        assertThat(menu).as("the staff's menu").hasSizeGreaterThan(5);
        for (String page : menu) {
            untranslated.addAll(untranslatedOn(page, german, keysOfEnglish));
        }

        assertThat(untranslated).as("English texts on the German screens (page: text [keys])").isEmpty();
    }

    private static void inGerman() {
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static List<String> untranslatedOn(String page, Map<String, String> german,
                                               Map<String, Set<String>> keysOfEnglish) {
        UI.getCurrent().navigate(page.startsWith("/") ? page.substring(1) : page);
        // built again in German: the page the UI opened with (the front door) was built before the switch
        UI.getCurrent().refreshCurrentRoute(true);
        Set<String> shown = new LinkedHashSet<>();
        // every component shown (the route's content hangs below the UI's wrapper, not its element)
        _find(Component.class).forEach(component -> collect(component.getElement(), shown));
        assertThat(shown).as("the texts on %s", page).hasSizeGreaterThan(3);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        List<String> found = new ArrayList<>();
        for (String text : shown) {
            Set<String> keys = keysOfEnglish.get(text);
            if (keys != null && keys.stream().noneMatch(key -> text.equals(german.get(key)))) {
                found.add(page + ": " + text + " " + keys);
            }
        }
        return found;
    }

    /** The element's own texts: its text nodes, and the properties and attributes shown or read out. */
    private static void collect(Element element, Set<String> shown) {
        SHOWN_PROPERTIES.forEach(name -> add(element.getProperty(name), shown));
        SHOWN_ATTRIBUTES.forEach(name -> add(element.getAttribute(name), shown));
        element.getChildren().filter(Element::isTextNode).forEach(text -> add(text.getText(), shown));
    }

    private static void add(String text, Set<String> shown) {
        if (text != null && !text.isBlank()
                && !UntranslatedSourceTextTest.SAME_IN_EVERY_LANGUAGE.contains(text.strip())) {
            shown.add(text.strip());
        }
    }

    /** Each English text without arguments, with the keys that have it. */
    private static Map<String, Set<String>> keysOfEnglishTexts() throws IOException {
        Map<String, Set<String>> keys = new HashMap<>();
        bundle("").forEach((key, text) -> {
            if (!HAS_ARGUMENTS.matcher(text).find() && !text.isBlank()) {
                keys.computeIfAbsent(text.strip(), ignored -> new LinkedHashSet<>()).add(key);
            }
        });
        return keys;
    }

    private static Map<String, String> bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UntranslatedScreensViewTest.class.getResourceAsStream(
                "/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("translations%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
