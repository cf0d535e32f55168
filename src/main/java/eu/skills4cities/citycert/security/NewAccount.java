package eu.skills4cities.citycert.security;

import java.util.Set;

import eu.skills4cities.citycert.base.PlainText;
import jakarta.validation.constraints.Size;

/** A request to create an account; the same bounds as a {@link Registration}, whoever creates it. */
public record NewAccount(@PlainText @Size(max = 100, message = "problem.input.length") String username,
                         @PlainText @Size(max = 200, message = "problem.input.length") String fullName,
                         @PlainText @Size(max = 320, message = "problem.input.length") String email,
                         String password, Set<Role> roles) {
}
