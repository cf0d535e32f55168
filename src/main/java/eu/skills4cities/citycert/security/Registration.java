package eu.skills4cities.citycert.security;

/** What a person gives to register as a candidate. */
public record Registration(String username, String fullName, String email, String password) {
}
