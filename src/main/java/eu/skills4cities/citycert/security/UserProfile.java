package eu.skills4cities.citycert.security;

import java.util.Set;

/** What other features may know about a user: never the password hash. */
public record UserProfile(String username, String fullName, String email, Set<Role> roles) {
}
