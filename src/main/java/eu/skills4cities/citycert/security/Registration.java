package eu.skills4cities.citycert.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a person gives to register as a candidate. */
public record Registration(@Schema(example = "maria.ivanova") String username,
                           @Schema(example = "Maria Ivanova") String fullName,
                           @Schema(example = "maria.ivanova@example.org") String email,
                           @Schema(example = "a long passphrase of my own") String password) {
}
