package eu.skills4cities.citycert.assessment;

import eu.skills4cities.citycert.base.UserMessage;

/** A retake the candidate cannot start; the reason says why. */
public class RetakeRefusedException extends RuntimeException {

    private final UserMessage reason;

    public RetakeRefusedException(UserMessage reason) {
        super("Retake refused: " + reason);
        this.reason = reason;
    }

    public UserMessage reason() {
        return reason;
    }
}
