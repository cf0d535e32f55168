package eu.skills4cities.citycert.security;

/** A username with the full name of its account. */
record AccountName(String username, String fullName) {
}
