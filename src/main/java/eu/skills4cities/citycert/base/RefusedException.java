package eu.skills4cities.citycert.base;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The caller may not do this, or not now; the reason says why. The {@link Kind} says which:
 * the caller's rights ({@code FORBIDDEN}), the thing's state ({@code CONFLICT}: claimed by
 * somebody else, already decided), a link used up ({@code GONE}) or too many attempts
 * ({@code TOO_MANY_REQUESTS}, with the time to wait). Input that is not acceptable is not a
 * refusal but {@link InvalidInputException}.
 */
public final class RefusedException extends Refusal {

    /** Why the answer is no, as the API's status. */
    public enum Kind {
        FORBIDDEN(HttpStatus.FORBIDDEN),
        CONFLICT(HttpStatus.CONFLICT),
        GONE(HttpStatus.GONE),
        TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final transient UserMessage reason;
    private final transient Duration retryAfter;

    private RefusedException(Kind kind, UserMessage reason, String titleKey, Duration retryAfter) {
        super("Refused (" + kind + "): " + reason, titleKey);
        this.kind = kind;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public RefusedException(Kind kind, UserMessage reason) {
        this(kind, reason, null, null);
    }

    public static RefusedException forbidden(String key, Object... args) {
        return new RefusedException(Kind.FORBIDDEN, UserMessage.of(key, args));
    }

    public static RefusedException conflict(String key, Object... args) {
        return new RefusedException(Kind.CONFLICT, UserMessage.of(key, args));
    }

    public static RefusedException gone(String key, Object... args) {
        return new RefusedException(Kind.GONE, UserMessage.of(key, args));
    }

    /** Too many attempts: the API answers 429 with {@code Retry-After} in whole seconds. */
    public static RefusedException tooManyRequests(UserMessage reason, String titleKey, Duration retryAfter) {
        return new RefusedException(Kind.TOO_MANY_REQUESTS, reason, titleKey, retryAfter);
    }

    /** The same refusal, with the message key of the API answer's title. */
    public RefusedException titled(String titleKey) {
        return new RefusedException(kind, reason, titleKey, retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    /** Why, as a message for the person who tried. */
    public UserMessage reason() {
        return reason;
    }

    /** How long to wait before trying again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public List<UserMessage> messages() {
        return List.of(reason);
    }

    @Override
    public HttpStatus status() {
        return kind.status;
    }
}
