package eu.skills4cities.citycert.security;

/** A link from a mail that is unknown, used already, or expired; the same answer for all three. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("The link is not valid (unknown, used already, or expired)");
    }
}
