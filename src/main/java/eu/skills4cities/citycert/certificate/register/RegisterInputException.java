package eu.skills4cities.citycert.certificate.register;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/** A register search or status decision with problems in its input; nothing was read or changed. */
public class RegisterInputException extends RuntimeException {

    private final List<UserMessage> problems;

    public RegisterInputException(List<UserMessage> problems) {
        super("Register input refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<UserMessage> problems() {
        return problems;
    }
}
