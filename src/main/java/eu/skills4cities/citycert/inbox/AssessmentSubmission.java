package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;

/** A completed assessment: a score for every unit it covers, and the assessor's comment. */
public record AssessmentSubmission(List<@Valid UnitScore> units,
                                   @Schema(example = "Interview held on 12 May; portfolio and answers judged.")
                                   @PlainText(multiLine = true) String comment) {

    public AssessmentSubmission {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
