package eu.skills4cities.citycert;

import java.lang.reflect.Field;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * Calls a grid row's button as a click in the browser would: Karibu clicks component and clickable renderers
 * but not a Lit renderer's functions, so a test reaches them here.
 */
public final class LitRowAction {

    private LitRowAction() {
    }

    /** Calls the function named {@code function} of the Lit renderer of the column {@code columnKey} for the row. */
    @SuppressWarnings("unchecked")
    public static <T> void click(Grid<T> grid, String columnKey, String function, T item) {
        try {
            Object renderer = grid.getColumnByKey(columnKey).getRenderer();
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            ((Map<String, SerializableBiConsumer<T, JsonArray>>) callables.get(renderer)).get(function)
                    .accept(item, Json.createArray());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the row button's renderer has changed", e);
        }
    }
}
