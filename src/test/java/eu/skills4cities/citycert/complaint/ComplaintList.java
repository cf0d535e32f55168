package eu.skills4cities.citycert.complaint;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/** The list of a complaint page (officers' or quality manager's) in Karibu tests: its rows, and opening one. */
public final class ComplaintList {

    private ComplaintList() {
    }

    /** The listed complaints; none when the list is hidden (nothing awaits the person). */
    @SuppressWarnings("unchecked")
    public static List<ComplaintCase> rows() {
        return _find(Grid.class, spec -> spec.withId("complaints")).stream()
                .flatMap(grid -> GridKt._findAll((Grid<ComplaintCase>) grid).stream()).toList();
    }

    /** Clicks the complaint's row, which shows it with the form its open task asks for. */
    @SuppressWarnings("unchecked")
    public static void open(String number) {
        List<ComplaintCase> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number().equals(number)) {
                GridKt._clickItem((Grid<ComplaintCase>) _find(Grid.class, spec -> spec.withId("complaints")).get(0), i);
                return;
            }
        }
        throw new AssertionError("no row for " + number);
    }
}
