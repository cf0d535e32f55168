package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.application.UnitScore;
import io.swagger.v3.oas.annotations.media.Schema;

/** A completed assessment: a score for every unit it covers, and the assessor's comment. */
public record AssessmentSubmission(List<UnitScore> units,
                                   @Schema(example = "Interview held on 12 May; portfolio and answers judged.") String comment) {

    public AssessmentSubmission {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
