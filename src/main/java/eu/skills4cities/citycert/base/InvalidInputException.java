package eu.skills4cities.citycert.base;

import java.util.List;

/**
 * Input a service refuses before it does anything: each problem names the field and says what
 * is wrong with it. Nothing was stored. The API answers 422; a view shows the problems.
 */
public class InvalidInputException extends RuntimeException {

    private final List<UserMessage> problems;

    public InvalidInputException(List<UserMessage> problems) {
        super("Input refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String key, Object... args) {
        return new InvalidInputException(List.of(UserMessage.of(key, args)));
    }

    public List<UserMessage> problems() {
        return problems;
    }
}
