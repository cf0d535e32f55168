package eu.skills4cities.citycert.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A service saying no, in one of three shapes: {@link NotFoundException} (nothing the caller may
 * see), {@link RefusedException} (not allowed, or not in this state) and {@link InvalidInputException}
 * (the input has problems). Each carries its reasons as message keys ({@link UserMessage}), never
 * English; the API answers it as problem details ({@code ApiErrorHandling}) and a view shows it
 * with {@link UiErrorHandling#show(Refusal)}. Nothing was changed when one is thrown.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFoundException, RefusedException, InvalidInputException {

    private final String titleKey;

    Refusal(String logText, String titleKey) {
        super(logText);
        this.titleKey = titleKey;
    }

    /** Why, as messages for the person who tried: one for a refusal or a not-found, one per problem of input. */
    public abstract List<UserMessage> messages();

    /** The HTTP status the API answers. */
    public abstract HttpStatus status();

    /** The message key of the API answer's title, or null for the status's own phrase. */
    public String titleKey() {
        return titleKey;
    }
}
