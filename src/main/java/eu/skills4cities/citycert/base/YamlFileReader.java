package eu.skills4cities.citycert.base;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The building blocks of CityCert's file imports (the framework file, the exam item bank): the
 * bytes are checked (size, UTF-8), the YAML is only composed into a node tree (never into Java
 * objects), with aliases and nesting limited, and each check records its problem with the path
 * and line instead of stopping, so an import lists every problem of a file at once. A reader
 * extends this class, walks its format section by section and calls {@link #refuseIfAny()} before
 * it hands anything back; nothing is stored from a file with a problem.
 *
 * <p>Longer than our usual 300 lines: it is the one set of checks for YAML nodes (mappings, lists,
 * text, codes, numbers, booleans), each small, which two file formats share; split up, a reader
 * would have to know several classes for one walk through its file.
 */
public abstract class YamlFileReader {

    private final List<LocatedProblem> problems = new ArrayList<>();
    private final int maxBytes;
    private final String summaryKey;

    /**
     * @param maxBytes   the largest file accepted
     * @param summaryKey the message key of the sentence that sums the problems up, given their count
     */
    protected YamlFileReader(int maxBytes, String summaryKey) {
        this.maxBytes = maxBytes;
        this.summaryKey = summaryKey;
    }

    /**
     * The file's node tree.
     *
     * @throws InvalidInputException when the file is empty, too large, not UTF-8 or not YAML
     */
    protected Node compose(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused(problem("", null, "import.empty"));
        }
        if (bytes.length > maxBytes) {
            throw refused(problem("", null, "import.too-large", bytes.length, maxBytes));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(problem("", null, "import.not-utf8"));
        }
        Node root;
        try {
            root = yaml().compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw refused(new LocatedProblem("", mark == null ? null : mark.getLine() + 1,
                    UserMessage.of("import.syntax", e.getProblem() == null ? e.getMessage() : e.getProblem())));
        } catch (YAMLException e) {
            throw refused(problem("", null, "import.syntax", e.getMessage()));
        }
        if (root == null) {
            throw refused(problem("", null, "import.empty"));
        }
        return root;
    }

    /** @throws InvalidInputException with every problem recorded, when there is one */
    protected void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(maxBytes);
        options.setAllowDuplicateKeys(true); // duplicates are reported, with their line
        return new Yaml(new SafeConstructor(options));
    }

    /** Records a problem found outside the building blocks (a check across several items). */
    protected void addProblem(LocatedProblem problem) {
        problems.add(problem);
    }

    /** How many problems are recorded so far (a reader checks a part's content only when its shape had none). */
    protected int problemCount() {
        return problems.size();
    }

    /** The code of a list's item, for the duplicate check of {@link #list}; null when it has none. */
    protected String codeOf(Object value) {
        return null;
    }

    /** The fields of a mapping; unknown and repeated keys are problems. Null if it is no mapping. */
    protected Map<String, Node> fields(Node node, String path, Set<String> allowed) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            add(node, path, "import.not-mapping");
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            String keyPath = path.isEmpty() ? String.valueOf(key) : path + "." + key;
            if (key == null || !allowed.contains(key)) {
                add(tuple.getKeyNode(), keyPath, "import.unknown-field");
            } else if (fields.containsKey(key)) {
                add(tuple.getKeyNode(), keyPath, "import.duplicate-field");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    protected Node required(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            problems.add(problem(path, null, "import.required", path));
            return null;
        }
        return node;
    }

    protected <T> List<T> list(Map<String, Node> fields, String key, String path, BiFunction<Node, String, T> item) {
        List<T> result = new ArrayList<>();
        Node node = required(fields, key, path);
        if (node == null) {
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            add(node, path, "import.not-list");
            return result;
        }
        if (sequence.getValue().isEmpty()) {
            add(node, path, "import.empty-list");
        }
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node child = sequence.getValue().get(i);
            String childPath = path + "[" + i + "]";
            T value = item.apply(child, childPath);
            if (value != null) {
                result.add(value);
                String code = codeOf(value);
                if (code != null) {
                    Integer earlier = codes.putIfAbsent(code, line(child));
                    if (earlier != null) {
                        add(child, childPath + ".code", "import.duplicate-code", code, earlier);
                    }
                }
            }
        }
        return result;
    }

    protected List<ScalarNode> scalars(Node node, String path, boolean nonEmpty) {
        List<ScalarNode> result = new ArrayList<>();
        if (node == null || isNull(node)) {
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            add(node, path, "import.not-list");
            return result;
        }
        if (nonEmpty && sequence.getValue().isEmpty()) {
            add(node, path, "import.empty-list");
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                result.add(scalar);
            } else {
                add(item, path, "import.not-text");
            }
        }
        return result;
    }

    protected String text(Map<String, Node> fields, String key, String path, boolean mandatory, int maxLength) {
        Node node = mandatory ? required(fields, key, path) : fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            add(node, path, "import.not-text");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            add(node, path, "import.blank");
            return null;
        }
        if (value.length() > maxLength) {
            add(node, path, "import.too-long", value.length(), maxLength);
        }
        return value;
    }

    protected String code(Map<String, Node> fields, String key, String path, Pattern pattern) {
        String value = text(fields, key, path, true, 60);
        if (value != null && !pattern.matcher(value).matches()) {
            add(fields.get(key), path, "import.code-pattern", value);
        }
        return value;
    }

    protected Integer integer(Map<String, Node> fields, String key, String path, boolean mandatory, int min, int max) {
        Node node = mandatory ? required(fields, key, path) : fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            add(node, path, "import.not-integer", "");
            return null;
        }
        return integerValue(scalar, path, min, max);
    }

    protected Integer integerValue(ScalarNode scalar, String path, int min, int max) {
        if (!Tag.INT.equals(scalar.getTag())) {
            add(scalar, path, "import.not-integer", scalar.getValue());
            return null;
        }
        long value;
        try {
            value = Long.parseLong(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            add(scalar, path, "import.not-integer", scalar.getValue());
            return null;
        }
        if (value < min || value > max) {
            add(scalar, path, "import.range", min, max, value);
            return null;
        }
        return (int) value;
    }

    protected BigDecimal number(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar && (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag()))) {
            try {
                // 66.70 and 66.7 are the same pass mark: compare by value, not by written scale
                return new BigDecimal(scalar.getValue().replace("_", "")).stripTrailingZeros();
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        add(node, path, "import.not-number", node instanceof ScalarNode s ? s.getValue() : "");
        return null;
    }

    protected Boolean bool(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase());
        }
        add(node, path, "import.not-boolean", node instanceof ScalarNode s ? s.getValue() : "");
        return null;
    }

    protected static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    protected static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    protected static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    protected static String display(String path) {
        return path.isEmpty() ? "The document" : path;
    }

    /** Records a problem; its message names the path first ({0}), then the given arguments. */
    protected void add(Node node, String path, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = display(path);
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new LocatedProblem(path, node == null ? null : line(node), UserMessage.of(key, all)));
    }

    protected static LocatedProblem problem(String path, Integer line, String key, Object... args) {
        return new LocatedProblem(path, line, UserMessage.of(key, args));
    }

    protected InvalidInputException refused(LocatedProblem problem) {
        return refused(List.of(problem));
    }

    protected InvalidInputException refused(List<LocatedProblem> problems) {
        return InvalidInputException.located(UserMessage.of(summaryKey, problems.size()), problems);
    }
}
