package eu.skills4cities.citycert.security;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request for an API token.
 *
 * @param name      what the token is for, so its holder recognises it in the list
 * @param validDays how long it works, 1 to {@value ApiTokenService#MAX_VALID_DAYS} days
 */
public record NewApiToken(@Schema(example = "enrolment integration") String name,
                          @Schema(example = "90") Integer validDays) {
}
