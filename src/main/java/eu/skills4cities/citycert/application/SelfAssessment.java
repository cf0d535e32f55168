package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.constraints.NotNull;

/** The candidate's own rating of one element, with an optional note. */
public record SelfAssessment(@PlainText String elementCode,
                             @NotNull(message = "problem.input.required") SelfAssessmentLevel level,
                             @PlainText(multiLine = true) String note) {
}
