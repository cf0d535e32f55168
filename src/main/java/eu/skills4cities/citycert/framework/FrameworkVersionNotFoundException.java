package eu.skills4cities.citycert.framework;

import java.util.UUID;

/** No framework version has this id. */
public class FrameworkVersionNotFoundException extends RuntimeException {

    public FrameworkVersionNotFoundException(UUID id) {
        super("No framework version " + id);
    }
}
