package eu.skills4cities.citycert;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

/** Reads the badge a grid column draws with {@code base.StatusBadge.renderer} for one row: its words and tone. */
public final class GridBadges {

    private GridBadges() {
    }

    /** "text / TONE" of the row's badge in the column, or fails when the column draws no badge. */
    @SuppressWarnings("unchecked")
    public static <T> String badge(Grid<T> grid, String columnKey, T row) {
        var renderer = (LitRenderer<T>) grid.getColumnByKey(columnKey).getRenderer();
        return renderer.getValueProviders().get("text").apply(row) + " / "
                + renderer.getValueProviders().get("tone").apply(row);
    }
}
