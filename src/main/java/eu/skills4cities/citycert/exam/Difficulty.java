package eu.skills4cities.citycert.exam;

/** How hard the author judges an item. */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
