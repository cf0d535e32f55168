package eu.skills4cities.citycert.exam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocatedProblem;
import eu.skills4cities.citycert.base.YamlFileReader;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an item bank file (format {@code citycert-item-bank/1}, see
 * {@code docs/item-bank-format.md}): the file's shape with {@link YamlFileReader}'s building
 * blocks, each item's content with {@link ItemRules} (the editor's rules), and codes unique in the
 * file and new to the bank. Every problem is listed with its path and line; nothing comes back
 * from a file with a problem.
 */
class ItemBankFileReader extends YamlFileReader {

    static final String FORMAT = "citycert-item-bank/1";
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final List<String> FIELDS = List.of("code", "role", "unit", "element", "difficulty", "stem",
            "options", "explanation");

    private final ItemRules rules;
    private final Predicate<String> codeInBank;
    private boolean sample;

    private ItemBankFileReader(ItemRules rules, Predicate<String> codeInBank) {
        super(MAX_BYTES, "exam.import.refused");
        this.rules = rules;
        this.codeInBank = codeInBank;
    }

    /**
     * @param codeInBank whether the bank holds an item with this code already
     * @throws InvalidInputException listing every problem of the file
     */
    static List<ImportedItem> read(byte[] bytes, ItemRules rules, Predicate<String> codeInBank) {
        return new ItemBankFileReader(rules, codeInBank).parse(bytes);
    }

    private List<ImportedItem> parse(byte[] bytes) {
        Map<String, Node> top = fields(compose(bytes), "", Set.of("format", "sample", "items"));
        List<ImportedItem> items = new ArrayList<>();
        if (top != null) {
            String format = text(top, "format", "format", true, 100);
            if (format != null && !format.equals(FORMAT)) {
                add(top.get("format"), "format", "exam.import.format", format);
            }
            sample = Boolean.TRUE.equals(bool(top, "sample", "sample"));
            items = list(top, "items", "items", this::item);
        }
        refuseIfAny();
        return items;
    }

    private ImportedItem item(Node node, String path) {
        int before = problemCount();
        Map<String, Node> item = fields(node, path, Set.copyOf(FIELDS));
        if (item == null) {
            return null;
        }
        // every field is required; a missing one is reported at the item's line
        for (String key : FIELDS) {
            if (item.get(key) == null || isNull(item.get(key))) {
                add(node, path + "." + key, "import.required");
                item.remove(key);
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        item.forEach((key, value) -> lines.put(key, line(value)));
        lines.put("element", item.containsKey("element") ? line(item.get("element")) : line(node));
        String code = text(item, "code", path + ".code", false, ItemRules.CODE_LENGTH);
        String role = text(item, "role", path + ".role", false, 40);
        String unit = text(item, "unit", path + ".unit", false, 60);
        String element = text(item, "element", path + ".element", false, 60);
        Difficulty difficulty = difficulty(item, path);
        String stem = text(item, "stem", path + ".stem", false, ItemRules.STEM_LENGTH);
        String explanation = text(item, "explanation", path + ".explanation", false, ItemRules.EXPLANATION_LENGTH);
        List<ItemOption> options = !item.containsKey("options") ? List.of()
                : list(item, "options", path + ".options", (optionNode, optionPath) -> {
            Map<String, Node> option = fields(optionNode, optionPath, Set.of("text", "correct"));
            if (option == null) {
                return null;
            }
            String optionField = optionPath.substring(path.length() + 1) + ".text";
            lines.put(optionField, option.containsKey("text") ? line(option.get("text")) : line(optionNode));
            if (option.get("text") == null || isNull(option.get("text"))) {
                add(optionNode, optionPath + ".text", "import.required");
            }
            String text = text(option, "text", optionPath + ".text", false, ItemRules.OPTION_LENGTH);
            Boolean correct = bool(option, "correct", optionPath + ".correct");
            return new ItemOption(text, Boolean.TRUE.equals(correct));
        });
        ItemDraft draft = new ItemDraft(code, role, unit, element, stem, options, explanation, difficulty);
        if (problemCount() == before) {
            // the shape is right: the content meets the editor's rules, and the code is new
            for (ItemProblem problem : rules.check(draft, path + ".", true)) {
                addProblem(new LocatedProblem(path + "." + problem.field(),
                        lines.getOrDefault(problem.field(), line(node)), problem.message()));
            }
            if (code != null && codeInBank.test(code)) {
                add(item.get("code"), path + ".code", "exam.import.code-taken", code);
            }
        }
        return new ImportedItem(draft, line(node), sample);
    }

    private Difficulty difficulty(Map<String, Node> item, String path) {
        String value = text(item, "difficulty", path + ".difficulty", false, 10);
        if (value == null) {
            return null;
        }
        for (Difficulty difficulty : Difficulty.values()) {
            if (difficulty.name().equals(value)) {
                return difficulty;
            }
        }
        add(item.get("difficulty"), path + ".difficulty", "exam.import.difficulty", value);
        return null;
    }

    @Override
    protected String codeOf(Object value) {
        return value instanceof ImportedItem item ? item.draft().code() : null;
    }
}
