package eu.skills4cities.citycert.security;

import java.util.List;

/** An account request with problems; each problem is a sentence for the person who made it. */
public class InvalidAccountException extends RuntimeException {

    private final List<String> problems;

    public InvalidAccountException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
