package eu.skills4cities.citycert.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Input a service refuses before it does anything: each problem names the field and says what
 * is wrong with it. Nothing was stored. The API answers 422 with the problems one by one; a
 * view shows them. A file's problems may carry where they are ({@link #located}): the API then
 * lists path, line and message of each, under a summary.
 */
public final class InvalidInputException extends Refusal {

    private final transient List<UserMessage> problems;
    private final transient List<LocatedProblem> located;
    private final transient UserMessage summary;

    private InvalidInputException(String titleKey, List<UserMessage> problems, List<LocatedProblem> located,
                                  UserMessage summary) {
        super("Input refused: " + (located.isEmpty() ? problems : located), titleKey);
        this.problems = List.copyOf(problems);
        this.located = List.copyOf(located);
        this.summary = summary;
    }

    /** Problems answered under the title {@code api.input.invalid}. */
    public InvalidInputException(List<UserMessage> problems) {
        this("api.input.invalid", problems);
    }

    /** Problems answered under this title (a message key; null for the status's own phrase). */
    public InvalidInputException(String titleKey, List<UserMessage> problems) {
        this(titleKey, problems, List.of(), null);
    }

    /** Problems answered under the status's own title (an account's forms, as they always were). */
    public static InvalidInputException untitled(List<UserMessage> problems) {
        return new InvalidInputException((String) null, problems);
    }

    public static InvalidInputException of(String key, Object... args) {
        return new InvalidInputException(List.of(UserMessage.of(key, args)));
    }

    /** A file's problems, each with its place, under a summary sentence. */
    public static InvalidInputException located(UserMessage summary, List<LocatedProblem> problems) {
        return new InvalidInputException(null, problems.stream().map(LocatedProblem::message).toList(),
                problems, summary);
    }

    public List<UserMessage> problems() {
        return problems;
    }

    /** The problems with their places, when the input is a file; empty otherwise. */
    public List<LocatedProblem> located() {
        return located;
    }

    /** The sentence that sums the problems up, or null when the problems themselves are the detail. */
    public UserMessage summary() {
        return summary;
    }

    @Override
    public List<UserMessage> messages() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
