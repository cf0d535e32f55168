package eu.skills4cities.citycert.security;

/**
 * A visitor's registration created a new account (not yet confirmed). Published only when an
 * account was really created: a registration with a taken name or address publishes nothing,
 * so a listener learns no more than the registrant's own mailbox would.
 */
public record AccountRegistered(String username, String email) {
}
