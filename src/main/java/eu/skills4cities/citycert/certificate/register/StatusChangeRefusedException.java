package eu.skills4cities.citycert.certificate.register;

import eu.skills4cities.citycert.base.UserMessage;

/** The decision does not fit the certificate's status (a withdrawal is final, and so on); nothing changed. */
public class StatusChangeRefusedException extends RuntimeException {

    private final UserMessage reason;

    StatusChangeRefusedException(UserMessage reason) {
        super("Status change refused: " + reason);
        this.reason = reason;
    }

    /** Why, as a message for the person who tried. */
    public UserMessage reason() {
        return reason;
    }
}
