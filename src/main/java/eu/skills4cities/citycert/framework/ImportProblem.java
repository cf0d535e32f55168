package eu.skills4cities.citycert.framework;

import eu.skills4cities.citycert.base.UserMessage;

/**
 * One thing wrong with a framework file.
 *
 * @param path    where, as a path into the document such as {@code roles[0].units[2].code}
 * @param line    the line in the file (1-based), or null when the problem has no single line
 * @param message what is wrong, for a person
 */
public record ImportProblem(String path, Integer line, UserMessage message) {
}
