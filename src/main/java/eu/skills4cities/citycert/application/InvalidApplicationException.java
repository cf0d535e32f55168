package eu.skills4cities.citycert.application;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/** A submission with problems; each problem is a sentence the candidate can act on. Nothing was stored. */
public class InvalidApplicationException extends RuntimeException {

    private final List<UserMessage> problems;

    public InvalidApplicationException(List<UserMessage> problems) {
        super("Application refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<UserMessage> problems() {
        return problems;
    }
}
