package eu.skills4cities.citycert.security;

/** No such token among the account's tokens (or not one the caller may see). */
public class ApiTokenNotFoundException extends RuntimeException {

    public ApiTokenNotFoundException() {
        super("No such API token", null, false, false);
    }
}
