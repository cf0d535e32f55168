package eu.skills4cities.citycert.base;

import java.util.Optional;

/**
 * The full name of a signed-in person, as the shell greets them (not their username). The shell knows no
 * accounts; the module that holds them implements this as a bean ({@code security.AccountFullNames}).
 */
public interface FullNames {

    /** The person's full name; empty when no account has this username. */
    Optional<String> of(String username);
}
