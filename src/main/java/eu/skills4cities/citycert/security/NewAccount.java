package eu.skills4cities.citycert.security;

import java.util.Set;

/** A request to create an account. */
public record NewAccount(String username, String fullName, String email, String password, Set<Role> roles) {
}
