package eu.skills4cities.citycert.security;

import java.util.Set;

/** What other features may know about a user: never the password hash. */
public record UserProfile(String username, String fullName, String email, Set<Role> roles) {

    /** Where the address of an erased account points: a reserved domain that no mail reaches. */
    static final String ERASED_DOMAIN = "@erased.invalid";

    /** True for an account erased at its holder's request: it has no address to mail or to name. */
    public boolean erased() {
        return email == null || email.endsWith(ERASED_DOMAIN);
    }
}
