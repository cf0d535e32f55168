package eu.skills4cities.citycert;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * Calls a grid row's button as a click in the browser would: Karibu clicks component and clickable renderers
 * but not a Lit renderer's functions, so a test reaches them here; and reads what a Lit renderer sends the browser
 * for a row, which Karibu does not show either.
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

    /**
     * The properties the Lit renderer of the column {@code columnKey} sends the browser for the item, by name (what
     * its template shows of the row, and what decides its parts); a null value is kept.
     */
    @SuppressWarnings("unchecked")
    public static <T> Map<String, Object> properties(Grid<T> grid, String columnKey, T item) {
        if (!(grid.getColumnByKey(columnKey).getRenderer() instanceof LitRenderer<?> renderer)) {
            throw new AssertionError("the column " + columnKey + " is not drawn by a Lit renderer");
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        ((LitRenderer<T>) renderer).getValueProviders().forEach((name, value) -> properties.put(name, value.apply(item)));
        return properties;
    }

    /** The template of the Lit renderer of the column {@code columnKey}: the elements the browser draws a row with. */
    public static String template(Grid<?> grid, String columnKey) {
        try {
            Method template = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
            template.setAccessible(true);
            return (String) template.invoke(grid.getColumnByKey(columnKey).getRenderer());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the column's renderer has changed", e);
        }
    }
}
