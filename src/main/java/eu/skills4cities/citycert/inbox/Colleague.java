package eu.skills4cities.citycert.inbox;

/** A member of a task's queue to whom a task can be handed. */
public record Colleague(String username, String name) {
}
