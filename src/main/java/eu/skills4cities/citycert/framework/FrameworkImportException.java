package eu.skills4cities.citycert.framework;

import java.util.List;

/** A framework file was refused; every problem is listed and nothing was stored. */
public class FrameworkImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public FrameworkImportException(List<ImportProblem> problems) {
        super("Framework file refused with " + problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
