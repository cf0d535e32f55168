package eu.skills4cities.citycert.exam;

/** One answer option of an item, and whether it is correct: staff data, never shown to a candidate. */
public record ItemOption(String text, boolean correct) {
}
