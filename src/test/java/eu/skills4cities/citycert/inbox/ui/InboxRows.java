package eu.skills4cities.citycert.inbox.ui;

import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import eu.skills4cities.citycert.LitRowAction;
import eu.skills4cities.citycert.inbox.StaffTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a row of the staff inbox's grid offers, as the browser draws it from the row's data (the "actions" column's
 * Lit renderer): whether it has a Claim button, and its Open link followed as the browser's router would.
 */
public final class InboxRows {

    private InboxRows() {
    }

    /** The properties the "actions" column sends the browser for the row. */
    public static Map<String, Object> actions(Grid<StaffTask> grid, int row) {
        return LitRowAction.properties(grid, "actions", GridKt._get(grid, row));
    }

    /** True if the row shows a Claim button. */
    public static boolean claimable(Grid<StaffTask> grid, int row) {
        Map<String, Object> actions = actions(grid, row);
        assertThat(actions).containsKey("claimable");
        return Boolean.TRUE.equals(actions.get("claimable"));
    }

    /** Clicks the row's Claim button (which the row must show). */
    public static void claim(Grid<StaffTask> grid, int row) {
        assertThat(claimable(grid, row)).as("the row shows a Claim button").isTrue();
        assertThat(actions(grid, row)).containsEntry("claimText", "Claim");
        LitRowAction.click(grid, "actions", "claim", GridKt._get(grid, row));
    }

    /** Follows the row's Open link. */
    public static void open(Grid<StaffTask> grid, int row) {
        Map<String, Object> actions = actions(grid, row);
        assertThat(actions).containsEntry("openText", "Open");
        UI.getCurrent().navigate((String) actions.get("href"));
    }
}
