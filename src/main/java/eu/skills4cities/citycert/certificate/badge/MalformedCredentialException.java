package eu.skills4cities.citycert.certificate.badge;

import eu.skills4cities.citycert.base.UserMessage;

/** What was sent for verification is not a signed JWT at all; nothing can be said about it. */
public class MalformedCredentialException extends RuntimeException {

    private final transient UserMessage problem;

    public MalformedCredentialException(UserMessage problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public UserMessage problem() {
        return problem;
    }
}
