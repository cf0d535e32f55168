package eu.skills4cities.citycert.exam;

import eu.skills4cities.citycert.base.UserMessage;

/** One problem of an item, with the field it is about (for an imported file, the line comes from the field). */
record ItemProblem(String field, UserMessage message) {
}
