package eu.skills4cities.citycert.inbox;

/** The body of "complete a task": the verdict (one of the stage's verdicts) and why. */
public record CompleteTask(String verdict, String comment) {
}
