package eu.skills4cities.citycert.assessment;

import java.util.List;

import eu.skills4cities.citycert.base.UserMessage;

/** A review or an assessment with problems, each one a sentence staff can act on. Nothing was stored. */
public class InvalidJudgementException extends RuntimeException {

    private final List<UserMessage> problems;

    public InvalidJudgementException(List<UserMessage> problems) {
        super("Review or assessment refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<UserMessage> problems() {
        return problems;
    }
}
