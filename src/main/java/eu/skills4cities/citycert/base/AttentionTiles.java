package eu.skills4cities.citycert.base;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/**
 * A titled group of {@link AttentionTile}s on the start page, one group per role or kind of work.
 * The tiles flow in a grid that takes as many columns as fit (two on a 390 px phone, five or six on a
 * 1366 px laptop), so the page never scrolls sideways.
 */
public class AttentionTiles extends Composite<Section> {

    public AttentionTiles(String id, String heading, List<AttentionTile> tiles) {
        Section section = getContent();
        section.setId(id);
        section.addClassName("attention-tiles");
        section.getStyle().set("width", "100%");
        H3 title = new H3(heading);
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 10rem), 1fr))");
        tiles.forEach(grid::add);
        section.add(title, grid);
    }
}
