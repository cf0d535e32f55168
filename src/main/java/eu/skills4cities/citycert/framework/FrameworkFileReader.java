package eu.skills4cities.citycert.framework;

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

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocatedProblem;
import eu.skills4cities.citycert.base.UserMessage;
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
 * Reads a framework file (format {@code citycert-framework/1}, see
 * {@code docs/framework-format.md}) and checks everything before anything is stored: it
 * collects every problem, each with its path and line, instead of stopping at the first.
 *
 * <p>The YAML is only composed into a node tree (never into Java objects), with aliases
 * and nesting limited, so a hostile file cannot make the reader build anything or blow up.
 *
 * <p>Longer than our usual 300 lines: it follows the documented format section by section
 * (framework, scheme, roles, units, elements, criteria), each with its checks, so a reader can
 * hold it against {@code docs/framework-format.md}; the YAML node helpers are at the end.
 */
class FrameworkFileReader {

    static final String FORMAT = "citycert-framework/1";
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern PART_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,59}");
    private static final Pattern ECF = Pattern.compile("[A-E]\\.[0-9]{1,2}");
    private static final int TITLE = 200;
    private static final int DESCRIPTION = 4000;
    private static final int LABEL = 100;

    private final List<LocatedProblem> problems = new ArrayList<>();

    /**
     * @throws InvalidInputException listing every problem of the file
     */
    static FrameworkDocument read(byte[] bytes) {
        return new FrameworkFileReader().parse(bytes);
    }

    private FrameworkDocument parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused(problem("", null, "import.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(problem("", null, "import.too-large", bytes.length, MAX_BYTES));
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
        FrameworkDocument document = document(root);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return document;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // duplicates are reported below, with their line
        return new Yaml(new SafeConstructor(options));
    }

    private FrameworkDocument document(Node root) {
        Map<String, Node> top = fields(root, "", Set.of("format", "framework", "roles"));
        if (top == null) {
            return null;
        }
        String format = text(top, "format", "format", true, 100);
        if (format != null && !format.equals(FORMAT)) {
            add(top.get("format"), "format", "import.format", format);
        }
        Map<String, Node> framework = fields(required(top, "framework", "framework"), "framework",
                Set.of("code", "title", "description", "label", "sample"));
        String code = null;
        String title = null;
        String description = null;
        String label = null;
        boolean sample = false;
        if (framework != null) {
            code = code(framework, "code", "framework.code", FRAMEWORK_CODE);
            title = text(framework, "title", "framework.title", true, TITLE);
            description = text(framework, "description", "framework.description", true, DESCRIPTION);
            label = text(framework, "label", "framework.label", false, LABEL);
            Boolean flag = bool(framework, "sample", "framework.sample");
            sample = flag != null && flag;
        }
        List<RoleDefinition> roles = list(top, "roles", "roles", FRAMEWORK_CODE, this::role);
        return new FrameworkDocument(code, title, description, label, sample, roles);
    }

    private RoleDefinition role(Node node, String path) {
        Map<String, Node> role = fields(node, path, Set.of("code", "title", "description", "eqfLevel",
                "escoOccupation", "ecfCompetences", "scheme", "units"));
        if (role == null) {
            return null;
        }
        String code = code(role, "code", path + ".code", FRAMEWORK_CODE);
        String title = text(role, "title", path + ".title", true, TITLE);
        String description = text(role, "description", path + ".description", true, DESCRIPTION);
        Integer eqf = integer(role, "eqfLevel", path + ".eqfLevel", true, 1, 8);
        String esco = text(role, "escoOccupation", path + ".escoOccupation", false, 500);
        if (esco != null && !(esco.startsWith("http://") || esco.startsWith("https://"))) {
            add(role.get("escoOccupation"), path + ".escoOccupation", "import.uri");
        }
        List<String> ecf = new ArrayList<>();
        for (ScalarNode item : scalars(role.get("ecfCompetences"), path + ".ecfCompetences", false)) {
            String value = item.getValue();
            if (!ECF.matcher(value).matches()) {
                add(item, path + ".ecfCompetences", "import.ecf", value);
            } else if (ecf.contains(value)) {
                add(item, path + ".ecfCompetences", "import.duplicate-value", value);
            } else {
                ecf.add(value);
            }
        }
        List<UnitDefinition> units = list(role, "units", path + ".units", PART_CODE, this::unit);
        SchemeSettings scheme = scheme(role.get("scheme"), path + ".scheme", units.size());
        return new RoleDefinition(code, title, description, eqf == null ? 0 : eqf, esco, ecf, scheme, units);
    }

    private SchemeSettings scheme(Node node, String path, int unitCount) {
        SchemeSettings defaults = SchemeSettings.defaults();
        if (node == null) {
            return defaults;
        }
        Map<String, Node> scheme = fields(node, path, Set.of("routes", "passMarkPercent", "unitsRequired",
                "retakeWindowMonths", "validityMonths", "recertificationYears", "renewalReminderDays",
                "scoreElements", "maxSuspensionMonths", "cpdHoursPerCycle", "cpdUnitsRequired", "renewalWindowDays",
                "appealWindowDays"));
        if (scheme == null) {
            return defaults;
        }
        List<AssessmentRoute> routes = new ArrayList<>();
        if (scheme.containsKey("routes")) {
            List<ScalarNode> items = scalars(scheme.get("routes"), path + ".routes", true);
            for (ScalarNode item : items) {
                AssessmentRoute route = routeOf(item.getValue());
                if (route == null) {
                    add(item, path + ".routes", "import.route", item.getValue());
                } else if (routes.contains(route)) {
                    add(item, path + ".routes", "import.duplicate-value", item.getValue());
                } else {
                    routes.add(route);
                }
            }
        } else {
            routes.addAll(defaults.routes());
        }
        BigDecimal passMark = defaults.passMarkPercent();
        if (scheme.containsKey("passMarkPercent")) {
            passMark = number(scheme, "passMarkPercent", path + ".passMarkPercent");
            if (passMark != null && (passMark.signum() <= 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0)) {
                add(scheme.get("passMarkPercent"), path + ".passMarkPercent", "import.pass-mark", passMark.toPlainString());
            }
        }
        Integer unitsRequired = integer(scheme, "unitsRequired", path + ".unitsRequired", false, 1, 1000);
        if (unitsRequired != null && unitCount > 0 && unitsRequired > unitCount) {
            add(scheme.get("unitsRequired"), path + ".unitsRequired", "import.units-required", unitsRequired, unitCount);
        }
        int retake = orDefault(integer(scheme, "retakeWindowMonths", path + ".retakeWindowMonths", false, 1, 120),
                defaults.retakeWindowMonths());
        int validity = orDefault(integer(scheme, "validityMonths", path + ".validityMonths", false, 1, 240),
                defaults.validityMonths());
        int recertification = orDefault(integer(scheme, "recertificationYears", path + ".recertificationYears", false,
                1, 50), defaults.recertificationYears());
        List<Integer> reminders = new ArrayList<>();
        if (scheme.containsKey("renewalReminderDays")) {
            for (ScalarNode item : scalars(scheme.get("renewalReminderDays"), path + ".renewalReminderDays", true)) {
                Integer days = integerValue(item, path + ".renewalReminderDays", 1, 3650);
                if (days != null && reminders.contains(days)) {
                    add(item, path + ".renewalReminderDays", "import.duplicate-value", days);
                } else if (days != null) {
                    reminders.add(days);
                }
            }
            reminders.sort(java.util.Comparator.reverseOrder());
        } else {
            reminders.addAll(defaults.renewalReminderDays());
        }
        Boolean scoreElements = bool(scheme, "scoreElements", path + ".scoreElements");
        int maxSuspension = orDefault(integer(scheme, "maxSuspensionMonths", path + ".maxSuspensionMonths", false,
                1, 60), defaults.maxSuspensionMonths());
        int cpdHours = orDefault(integer(scheme, "cpdHoursPerCycle", path + ".cpdHoursPerCycle", false, 1, 2000),
                defaults.cpdHoursPerCycle());
        int cpdUnits = orDefault(integer(scheme, "cpdUnitsRequired", path + ".cpdUnitsRequired", false, 1, 1000),
                defaults.cpdUnitsRequired());
        if (unitCount > 0 && cpdUnits > unitCount) {
            add(scheme.get("cpdUnitsRequired"), path + ".cpdUnitsRequired", "import.units-required", cpdUnits,
                    unitCount);
        }
        int window = orDefault(integer(scheme, "renewalWindowDays", path + ".renewalWindowDays", false, 1, 3650),
                defaults.renewalWindowDays());
        int appealWindow = orDefault(integer(scheme, "appealWindowDays", path + ".appealWindowDays", false,
                1, 365), defaults.appealWindowDays());
        return new SchemeSettings(routes, passMark, unitsRequired, retake, validity, recertification, reminders,
                Boolean.TRUE.equals(scoreElements), maxSuspension, cpdHours, cpdUnits, window, appealWindow);
    }

    private UnitDefinition unit(Node node, String path) {
        Map<String, Node> unit = fields(node, path, Set.of("code", "title", "description", "elements"));
        if (unit == null) {
            return null;
        }
        return new UnitDefinition(code(unit, "code", path + ".code", PART_CODE),
                text(unit, "title", path + ".title", true, TITLE),
                text(unit, "description", path + ".description", true, DESCRIPTION),
                list(unit, "elements", path + ".elements", PART_CODE, this::element));
    }

    private ElementDefinition element(Node node, String path) {
        Map<String, Node> element = fields(node, path, Set.of("code", "title", "description", "criteria"));
        if (element == null) {
            return null;
        }
        return new ElementDefinition(code(element, "code", path + ".code", PART_CODE),
                text(element, "title", path + ".title", true, TITLE),
                text(element, "description", path + ".description", true, DESCRIPTION),
                list(element, "criteria", path + ".criteria", PART_CODE, this::criterion));
    }

    private CriterionDefinition criterion(Node node, String path) {
        Map<String, Node> criterion = fields(node, path, Set.of("code", "title", "description"));
        if (criterion == null) {
            return null;
        }
        return new CriterionDefinition(code(criterion, "code", path + ".code", PART_CODE),
                text(criterion, "title", path + ".title", true, TITLE),
                text(criterion, "description", path + ".description", true, DESCRIPTION));
    }

    // --- building blocks ---------------------------------------------------------------

    /** The fields of a mapping; unknown and repeated keys are problems. Null if it is no mapping. */
    private Map<String, Node> fields(Node node, String path, Set<String> allowed) {
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

    private Node required(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            problems.add(problem(path, null, "import.required", path));
            return null;
        }
        return node;
    }

    private <T> List<T> list(Map<String, Node> fields, String key, String path, Pattern codePattern,
                             BiFunction<Node, String, T> item) {
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

    private static String codeOf(Object value) {
        if (value instanceof RoleDefinition r) {
            return r.code();
        }
        if (value instanceof UnitDefinition u) {
            return u.code();
        }
        if (value instanceof ElementDefinition e) {
            return e.code();
        }
        if (value instanceof CriterionDefinition c) {
            return c.code();
        }
        return null;
    }

    private List<ScalarNode> scalars(Node node, String path, boolean nonEmpty) {
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

    private String text(Map<String, Node> fields, String key, String path, boolean mandatory, int maxLength) {
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

    private String code(Map<String, Node> fields, String key, String path, Pattern pattern) {
        String value = text(fields, key, path, true, 60);
        if (value != null && !pattern.matcher(value).matches()) {
            add(fields.get(key), path, "import.code-pattern", value);
        }
        return value;
    }

    private Integer integer(Map<String, Node> fields, String key, String path, boolean mandatory, int min, int max) {
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

    private Integer integerValue(ScalarNode scalar, String path, int min, int max) {
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

    private BigDecimal number(Map<String, Node> fields, String key, String path) {
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

    private Boolean bool(Map<String, Node> fields, String key, String path) {
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

    private static AssessmentRoute routeOf(String value) {
        for (AssessmentRoute route : AssessmentRoute.values()) {
            if (route.name().equals(value)) {
                return route;
            }
        }
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String display(String path) {
        return path.isEmpty() ? "The document" : path;
    }

    /** Records a problem; its message names the path first ({0}), then the given arguments. */
    private void add(Node node, String path, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = display(path);
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new LocatedProblem(path, node == null ? null : line(node), UserMessage.of(key, all)));
    }

    private static LocatedProblem problem(String path, Integer line, String key, Object... args) {
        return new LocatedProblem(path, line, UserMessage.of(key, args));
    }

    private static InvalidInputException refused(LocatedProblem problem) {
        return refused(List.of(problem));
    }

    private static InvalidInputException refused(List<LocatedProblem> problems) {
        return InvalidInputException.located(UserMessage.of("framework.import.refused", problems.size()), problems);
    }
}
