package eu.skills4cities.citycert.inbox;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of "complete a task": the verdict (one of the stage's verdicts) and why. */
public record CompleteTask(@Schema(example = "SUFFICIENT") String verdict,
                           @Schema(example = "Relevant, authentic and current evidence.") String comment) {
}
