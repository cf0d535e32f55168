package eu.skills4cities.citycert.application;

import java.util.UUID;

/**
 * No application (or document) the user may see has this id. Deliberately the same answer
 * whether the record does not exist or belongs to someone else, so nobody learns either.
 */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(UUID id) {
        super("No application " + id + " is visible to you");
    }
}
