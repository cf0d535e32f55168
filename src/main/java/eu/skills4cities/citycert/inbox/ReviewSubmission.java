package eu.skills4cities.citycert.inbox;

import java.util.List;

import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A completed evidence review: a verdict for every unit of the role, and a message (to the
 * candidate when more evidence is needed; the reason of a refusal; else a note for the assessor).
 */
public record ReviewSubmission(List<@Valid UnitVerdict> units,
                               @Schema(example = "Please add the signed feasibility study for unit 1.")
                               @PlainText(multiLine = true) String message) {

    public ReviewSubmission {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
