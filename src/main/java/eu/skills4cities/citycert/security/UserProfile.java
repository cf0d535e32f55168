package eu.skills4cities.citycert.security;

import java.util.Locale;
import java.util.Set;

/**
 * What other features may know about a user: never the password hash.
 *
 * @param language the language the person reads CityCert in, one of {@link Languages#SUPPORTED}: English for a
 *                 language CityCert no longer offers (as {@link UserAccountService#preferredLanguage})
 */
public record UserProfile(String username, String fullName, String email, Set<Role> roles, Locale language) {

    /** Where the address of an erased account points: a reserved domain that no mail reaches. */
    static final String ERASED_DOMAIN = "@erased.invalid";

    /** True for an account erased at its holder's request: it has no address to mail or to name. */
    public boolean erased() {
        return email == null || email.endsWith(ERASED_DOMAIN);
    }
}
