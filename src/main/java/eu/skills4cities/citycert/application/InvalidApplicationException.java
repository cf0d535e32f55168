package eu.skills4cities.citycert.application;

import java.util.List;

/** A submission with problems; each problem is a sentence the candidate can act on. Nothing was stored. */
public class InvalidApplicationException extends RuntimeException {

    private final List<String> problems;

    public InvalidApplicationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
