package eu.skills4cities.citycert.base;

import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A status as one badge everywhere (application, certificate, task, appeal, complaint): Lumo's badge
 * in one of four tones, always with the status in words, so the meaning never rests on colour alone.
 * Each module says which tone its statuses take; this class only draws them.
 */
public final class StatusBadge extends Span {

    /** The tones, as Lumo's badge variants name them. */
    public enum Tone {
        /** done and good: active, certified, upheld */
        SUCCESS("badge success"),
        /** in progress or waiting: the plain badge */
        NEUTRAL("badge"),
        /** ended or set aside without fault: expired, superseded, closed */
        CONTRAST("badge contrast"),
        /** refused, withdrawn, suspended, overdue */
        ERROR("badge error");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }

        public String theme() {
            return theme;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().clear();
        getElement().setAttribute("theme", tone.theme());
        getElement().setAttribute("data-tone", tone.name());
    }

    /**
     * The badge's element as Lumo draws it, its text the row's property; its theme and tone either the row's
     * properties too or, for one tone, the tone's own words (constants of this class, never a row's data).
     */
    private static String template(String theme, String tone) {
        return "<span theme=\"" + theme + "\" data-tone=\"" + tone + "\">${item.text}</span>";
    }

    /**
     * The same badge in a grid column, drawn in the browser (no server component per row, and no
     * component for a grid refresh to replace).
     */
    public static <T> Renderer<T> renderer(Function<T, String> text, Function<T, Tone> tone) {
        return LitRenderer.<T>of(template("${item.theme}", "${item.tone}"))
                .withProperty("text", text::apply)
                .withProperty("theme", item -> tone.apply(item).theme())
                .withProperty("tone", item -> tone.apply(item).name());
    }

    /**
     * A badge of one tone on the rows it marks only, nothing (not an empty badge) on the others; drawn in the
     * browser like {@link #renderer}, a row sending only whether it is marked and, if so, the text.
     */
    public static <T> Renderer<T> rendererWhere(Predicate<T> marked, Function<T, String> text, Tone tone) {
        return LitRenderer.<T>of("${item.marked ? html`" + template(tone.theme(), tone.name()) + "` : ''}")
                .withProperty("marked", marked::test)
                .withProperty("text", item -> marked.test(item) ? text.apply(item) : "");
    }
}
