package eu.skills4cities.citycert.exam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.springframework.stereotype.Component;

/**
 * The rules every item meets, whoever writes it (the editor, the API, an imported file): each
 * problem names its field, and its message's first argument is the field as the caller knows it
 * ({@code stem}, or {@code items[3].stem} in a file).
 */
@Component
class ItemRules {

    /** An element's code, a dash and three digits: {@code SCPD-U1-E1-001}. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,59}-[0-9]{3}");
    static final int CODE_LENGTH = 64;
    static final int STEM_LENGTH = 2000;
    static final int OPTION_LENGTH = 500;
    static final int EXPLANATION_LENGTH = 4000;
    static final int MIN_OPTIONS = 3;
    static final int MAX_OPTIONS = 6;

    private final FrameworkCatalogue catalogue;

    ItemRules(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every problem of the item.
     *
     * @param prefix put before each field's name: empty, or {@code items[3].} for a file
     * @param checkCode whether the code is checked (on creation; an edit keeps its code)
     */
    List<ItemProblem> check(ItemDraft item, String prefix, boolean checkCode) {
        List<ItemProblem> problems = new ArrayList<>();
        if (checkCode) {
            String code = item.code();
            if (blank(code)) {
                problems.add(problem(prefix, "code", "exam.problem.required"));
            } else if (code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
                problems.add(problem(prefix, "code", "exam.problem.code", code));
            }
        }
        element(item, prefix, problems);
        text(item.stem(), prefix, "stem", STEM_LENGTH, problems);
        options(item.options(), prefix, problems);
        text(item.explanation(), prefix, "explanation", EXPLANATION_LENGTH, problems);
        if (item.difficulty() == null) {
            problems.add(problem(prefix, "difficulty", "exam.problem.required"));
        }
        return problems;
    }

    private void element(ItemDraft item, String prefix, List<ItemProblem> problems) {
        if (blank(item.roleCode()) || blank(item.unitCode()) || blank(item.elementCode())) {
            problems.add(problem(prefix, "element", "exam.problem.element-required"));
            return;
        }
        Optional<PublishedRole> role = catalogue.publishedRole(item.roleCode());
        Optional<UnitDefinition> unit = role.flatMap(r -> r.role().units().stream()
                .filter(u -> u.code().equals(item.unitCode())).findFirst());
        boolean found = unit.map(u -> u.elements().stream().anyMatch(e -> e.code().equals(item.elementCode())))
                .orElse(false);
        if (!found) {
            problems.add(problem(prefix, "element", "exam.problem.element-unknown", item.roleCode(), item.unitCode(),
                    item.elementCode()));
        }
    }

    private static void text(String value, String prefix, String field, int max, List<ItemProblem> problems) {
        if (blank(value)) {
            problems.add(problem(prefix, field, "exam.problem.required"));
        } else if (value.strip().length() > max) {
            problems.add(problem(prefix, field, "exam.problem.too-long", value.strip().length(), max));
        }
    }

    private static void options(List<ItemOption> options, String prefix, List<ItemProblem> problems) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add(problem(prefix, "options", "exam.problem.option-count", MIN_OPTIONS, MAX_OPTIONS,
                    options.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            ItemOption option = options.get(i);
            String field = "options[" + i + "].text";
            if (option == null || blank(option.text())) {
                problems.add(problem(prefix, field, "exam.problem.required"));
            } else if (option.text().strip().length() > OPTION_LENGTH) {
                problems.add(problem(prefix, field, "exam.problem.too-long", option.text().strip().length(),
                        OPTION_LENGTH));
            } else if (!seen.add(option.text().strip().toLowerCase(Locale.ROOT))) {
                problems.add(problem(prefix, field, "exam.problem.option-twice", option.text().strip()));
            }
        }
        long correct = options.stream().filter(o -> o != null && o.correct()).count();
        if (!options.isEmpty() && correct == 0) {
            problems.add(problem(prefix, "options", "exam.problem.no-correct"));
        } else if (options.size() >= MIN_OPTIONS && correct == options.size()) {
            problems.add(problem(prefix, "options", "exam.problem.all-correct"));
        }
    }

    private static ItemProblem problem(String prefix, String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = prefix + field;
        System.arraycopy(args, 0, all, 1, args.length);
        return new ItemProblem(field, UserMessage.of(key, all));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
