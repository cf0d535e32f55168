package eu.skills4cities.citycert.privacy;

import eu.skills4cities.citycert.base.UserMessage;

/** The account cannot be deleted now; the reason says why. */
public class AccountDeletionRefusedException extends RuntimeException {

    private final UserMessage reason;

    AccountDeletionRefusedException(String key, Object... args) {
        super("Account deletion refused: " + key);
        this.reason = UserMessage.of(key, args);
    }

    public UserMessage reason() {
        return reason;
    }
}
