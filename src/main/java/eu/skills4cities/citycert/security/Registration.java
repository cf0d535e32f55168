package eu.skills4cities.citycert.security;

import eu.skills4cities.citycert.base.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** What a person gives to register as a candidate. */
public record Registration(@Schema(example = "maria.ivanova") @PlainText @Size(max = 100, message = "problem.input.length") String username,
                           @Schema(example = "Maria Ivanova") @PlainText @Size(max = 200, message = "problem.input.length") String fullName,
                           @Schema(example = "maria.ivanova@example.org") @PlainText @Size(max = 320, message = "problem.input.length") String email,
                           @Schema(example = "a long passphrase of my own") String password) {
}
