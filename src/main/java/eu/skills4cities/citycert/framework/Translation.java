package eu.skills4cities.citycert.framework;

/**
 * A part's title and description in a language other than English; either may be missing, and the English text
 * is shown in its place.
 */
public record Translation(String title, String description) {
}
