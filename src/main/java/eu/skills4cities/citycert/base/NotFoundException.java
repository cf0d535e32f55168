package eu.skills4cities.citycert.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Nothing with this id or number is available to the caller. Deliberately the same answer
 * whether it does not exist or belongs to someone else, so nobody learns either. The API
 * answers 404, titled {@code api.not-found}.
 */
public final class NotFoundException extends Refusal {

    private final transient UserMessage detail;

    public NotFoundException(UserMessage detail) {
        super("Not found: " + detail, "api.not-found");
        this.detail = detail;
    }

    /** Not found, said with this message key of the UI bundle. */
    public static NotFoundException of(String key, Object... args) {
        return new NotFoundException(UserMessage.of(key, args));
    }

    public UserMessage detail() {
        return detail;
    }

    @Override
    public List<UserMessage> messages() {
        return List.of(detail);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
