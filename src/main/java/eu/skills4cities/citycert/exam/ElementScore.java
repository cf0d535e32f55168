package eu.skills4cities.citycert.exam;

/** How many of a session's items on one element were answered right. */
public record ElementScore(String unitCode, String elementCode, int items, int correct) {
}
