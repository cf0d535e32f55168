package eu.skills4cities.citycert;

import java.util.List;
import java.util.Locale;

import eu.skills4cities.citycert.base.UserMessage;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Resolves user messages in English from the UI bundle, as a person would read them. */
public final class TestMessages {

    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("vaadin-i18n/translations");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
    }

    private TestMessages() {
    }

    /** The bundle itself, for a class under test that reads it (a service given the MessageSource). */
    public static ResourceBundleMessageSource bundle() {
        return BUNDLE;
    }

    public static String english(UserMessage message) {
        return BUNDLE.getMessage(message, Locale.ENGLISH);
    }

    public static List<String> english(List<UserMessage> messages) {
        return messages.stream().map(TestMessages::english).toList();
    }
}
