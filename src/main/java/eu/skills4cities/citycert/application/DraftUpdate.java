package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.base.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a candidate changes on a draft: any field may still be empty. */
public record DraftUpdate(
        @Schema(example = "I led the smart street lighting programme of Sofia for three years.")
        @PlainText(multiLine = true) String statement,
        @Schema(example = "6", description = "years of relevant experience") Integer experienceYears,
        @Schema(example = "7", description = "EQF level (1 to 8) of the highest qualification") Integer educationLevel) {
}
