package eu.skills4cities.citycert.framework;

import eu.skills4cities.citycert.base.UserMessage;

/** A framework version cannot do this now (publish a published version, retire a draft, …). */
public class FrameworkActionRefusedException extends RuntimeException {

    private final UserMessage reason;

    FrameworkActionRefusedException(String key, Object... args) {
        this(UserMessage.of(key, args));
    }

    private FrameworkActionRefusedException(UserMessage reason) {
        super("Framework action refused: " + reason);
        this.reason = reason;
    }

    public UserMessage reason() {
        return reason;
    }
}
