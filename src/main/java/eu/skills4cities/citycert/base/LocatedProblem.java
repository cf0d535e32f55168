package eu.skills4cities.citycert.base;

/**
 * One problem of an uploaded file, with where it is.
 *
 * @param path    where, as a path into the document such as {@code roles[0].units[2].code}
 * @param line    the line in the file (1-based), or null when the problem has no single line
 * @param message what is wrong, for a person
 */
public record LocatedProblem(String path, Integer line, UserMessage message) {
}
