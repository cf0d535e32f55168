package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * One tile of a start page's dashboard: how many things wait, what they are, and a link to the list
 * that shows them. A tile whose count is zero stays, calmly: "Nothing waiting", in the muted colour,
 * so the page keeps its shape and says that there is nothing to do rather than hiding the fact.
 * The count comes from the module's own service, which checks who may see those things.
 */
public class AttentionTile extends Anchor {

    private final long count;

    /**
     * @param id    the tile's id, for tests and journeys
     * @param href  the list that shows the counted rows, relative to the application's root
     * @param label what is counted, already translated (the tile's caption)
     * @param count how many there are for the signed-in user
     */
    public AttentionTile(String id, String href, String label, long count) {
        this(id, href, label, count, false);
    }

    /**
     * A tile that may count only up to a limit.
     *
     * @param more true when there are more than {@code count}: the figure says "count+"
     */
    public AttentionTile(String id, String href, String label, long count, boolean more) {
        super(href, "");
        this.count = count;
        setId(id);
        addClassName("attention-tile");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("text-decoration", "none")
                .set("color", "var(--lumo-body-text-color)").set("min-width", "0").set("box-sizing", "border-box")
                .set("background", count > 0 ? "var(--lumo-primary-color-10pct)" : "var(--lumo-base-color)");
        Span figure = new Span(getTranslation(more ? "home.tile.count.more" : "home.tile.count", count));
        figure.addClassName("attention-tile-count");
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("line-height", "1").set("color", count > 0
                        ? "var(--lumo-primary-text-color)" : "var(--lumo-secondary-text-color)");
        Span caption = new Span(label);
        caption.addClassName("attention-tile-label");
        caption.getStyle().set("font-weight", "500").set("overflow-wrap", "anywhere");
        add(figure, caption);
        if (count == 0) {
            Span calm = new Span(getTranslation("home.tile.nothing"));
            calm.addClassName("attention-tile-nothing");
            calm.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            add(calm);
        }
    }

    /** How many things the tile counts. */
    public long count() {
        return count;
    }

    /**
     * A tile whose list is outside the Vaadin router (an operator tool such as Cockpit): the browser
     * loads the address itself.
     */
    public AttentionTile outsideTheRouter() {
        setRouterIgnore(true);
        return this;
    }
}
