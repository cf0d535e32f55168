package eu.skills4cities.citycert.base;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for a person, as a message key of the UI bundle
 * ({@code vaadin-i18n/translations*.properties}) and its arguments. Services report
 * problems this way, so the UI shows them in the user's language
 * ({@code getTranslation(key, args)}) and the JSON API resolves them with Spring's
 * {@code MessageSource}. Numbers are passed as text, so no locale groups their digits.
 */
public record UserMessage(String key, List<String> args) implements MessageSourceResolvable {

    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }

    /** The key and arguments, for logs and exception messages. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
