package eu.skills4cities.citycert.security;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/** An account request with problems; each problem is a sentence for the person who made it. */
public class InvalidAccountException extends RuntimeException {

    private final List<UserMessage> problems;

    public InvalidAccountException(List<UserMessage> problems) {
        super("Account refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<UserMessage> problems() {
        return problems;
    }
}
