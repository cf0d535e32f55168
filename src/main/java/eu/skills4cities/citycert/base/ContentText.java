package eu.skills4cities.citycert.base;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * A text of content that comes in several languages (a framework's titles and descriptions), tagged with the
 * language it is written in, so that a screen reader reads it in that language. When the reader's language has no
 * translation and the English text stands in for it, a small marker says so, in the reader's language.
 */
public final class ContentText extends Span {

    /** The marker's class name, for the theme and for tests. */
    public static final String FALLBACK_MARKER = "content-in-english";

    /**
     * @param languageTag the BCP 47 tag of the language the text is written in
     * @param fallback    true when the text is the English original shown in place of a missing translation
     */
    public ContentText(String text, String languageTag, boolean fallback) {
        Span content = new Span(text);
        content.getElement().setAttribute("lang", languageTag);
        add(content);
        if (fallback) {
            add(marker(this));
        }
    }

    /**
     * Tags a component that holds such a text as its own (a list item, a description): its language, and the
     * marker after the text when it is English in place of a translation.
     */
    public static <T extends Component & HasComponents> T tag(T component, String languageTag, boolean fallback) {
        component.getElement().setAttribute("lang", languageTag);
        if (fallback) {
            component.add(marker(component));
        }
        return component;
    }

    /**
     * Tags a component that holds such a text as its own, by the language the text is in and the reader's: marked
     * when the text is English and the reader reads another language.
     */
    public static <T extends Component & HasComponents> T tag(T component, Locale textLanguage, Locale reader) {
        boolean english = textLanguage.getLanguage().equals(Locale.ENGLISH.getLanguage());
        return tag(component, textLanguage.toLanguageTag(),
                english && !reader.getLanguage().equals(Locale.ENGLISH.getLanguage()));
    }

    private static Span marker(Component owner) {
        Span marker = new Span(" " + owner.getTranslation("content.in-english"));
        marker.addClassName(FALLBACK_MARKER);
        UI ui = UI.getCurrent();
        marker.getElement().setAttribute("lang", (ui == null ? Locale.ENGLISH : ui.getLocale()).toLanguageTag());
        marker.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        return marker;
    }
}
