package eu.skills4cities.citycert.base;

/**
 * What a person typed into a search, on its way into SQL. PostgreSQL cannot hold a NUL character in text, nor take
 * one in a query: nothing stored contains one, so a search for a text with a NUL finds nothing, and the searches ask
 * {@link #findsNothing} before they build their query (the API answers such a parameter 422 before, in
 * {@code security.UnstorableTextFilter}; the screens' fields reach the services directly). A LIKE pattern takes the
 * text literally through {@link #likeLiteral}.
 */
public final class SearchText {

    private SearchText() {
    }

    /** Whether nothing stored can match the text: it holds a NUL character. */
    public static boolean findsNothing(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /**
     * The text as the literal part of a LIKE or ILIKE pattern with PostgreSQL's default escape character, the
     * backslash: its backslashes, {@code %} and {@code _} match themselves.
     */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
