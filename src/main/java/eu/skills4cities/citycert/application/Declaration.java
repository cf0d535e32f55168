package eu.skills4cities.citycert.application;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The candidate's declaration as the API receives it with a submission or a retake: that the information
 * given is true and complete and that the evidence is their own work (the wizard's check-your-answers step).
 */
@Schema(name = "Declaration")
public record Declaration(@Schema(description = "The candidate declares that the information given is true and "
        + "complete and that the evidence is their own work; required (true)", example = "true",
        requiredMode = Schema.RequiredMode.REQUIRED) Boolean declaration) {

    /** Whether a request made the declaration: a missing body or value counts as not made. */
    public static boolean made(Declaration body) {
        return body != null && Boolean.TRUE.equals(body.declaration());
    }
}
