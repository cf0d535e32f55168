package eu.skills4cities.citycert.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Bean Validation's findings as messages for a person, whoever checked them: the API on a
 * request body ({@code @Valid}), or a service on its parameters ({@code @Validated} services
 * with {@code @Valid} commands and constrained parameters, so views and processes get the
 * same answer). A constraint's message is a key of the UI bundle; its first argument is the
 * field, then the constraint's bounds ({@code min}, {@code max}, {@code value}) as far as it
 * has them.
 */
public final class InputProblems {

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][a-z0-9.-]+");

    private InputProblems() {
    }

    /** The violations as messages, in a stable order. */
    public static List<UserMessage> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> problem(field(v.getPropertyPath()), v.getMessageTemplate(),
                        v.getConstraintDescriptor().getAttributes()))
                .sorted(Comparator.comparing(UserMessage::toString))
                .toList();
    }

    /** One problem of the field. */
    public static UserMessage problem(String field, String messageTemplate, Map<String, Object> attributes) {
        String key = MESSAGE_KEY.matcher(messageTemplate).matches() ? messageTemplate : "problem.input.invalid";
        List<Object> args = new ArrayList<>();
        args.add(field);
        for (String bound : List.of("min", "max", "value")) {
            if (attributes.containsKey(bound)) {
                args.add(attributes.get(bound));
            }
        }
        return UserMessage.of(key, args.toArray());
    }

    /**
     * The field as the caller knows it: a method's parameter by its name, a record's field by its
     * path inside the parameter ({@code submit.request.statement} is {@code statement}).
     */
    static String field(Path path) {
        List<String> parameter = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter.add(name);
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String last = inside.isEmpty() ? "" : inside.remove(inside.size() - 1);
                inside.add(last + "[]");
            } else if (!name.isEmpty()) {
                inside.add(name);
            }
        }
        return String.join(".", inside.isEmpty() ? parameter : inside);
    }
}
