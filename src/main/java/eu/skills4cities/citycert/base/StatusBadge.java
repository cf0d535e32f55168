package eu.skills4cities.citycert.base;

import java.util.function.Function;

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
     * The same badge in a grid column, drawn in the browser (no server component per row, and no
     * component for a grid refresh to replace).
     */
    public static <T> Renderer<T> renderer(Function<T, String> text, Function<T, Tone> tone) {
        return LitRenderer.<T>of("<span theme=\"${item.theme}\" data-tone=\"${item.tone}\">${item.text}</span>")
                .withProperty("text", text::apply)
                .withProperty("theme", item -> tone.apply(item).theme())
                .withProperty("tone", item -> tone.apply(item).name());
    }
}
