package eu.skills4cities.citycert.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.YamlFileReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a framework file (format {@code citycert-framework/1}, see
 * {@code docs/framework-format.md}) and checks everything before anything is stored: it
 * collects every problem, each with its path and line, instead of stopping at the first.
 *
 * <p>The YAML is only composed into a node tree (never into Java objects), with aliases
 * and nesting limited, so a hostile file cannot make the reader build anything or blow up.
 *
 * <p>It follows the documented format section by section (framework, scheme, roles, units,
 * elements, criteria), each with its checks, so a reader can hold it against
 * {@code docs/framework-format.md}; the YAML building blocks are {@link YamlFileReader}'s, shared
 * with the exam item bank's import.
 */
class FrameworkFileReader extends YamlFileReader {

    static final String FORMAT = "citycert-framework/1";
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    private static final Pattern PART_CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,59}");
    private static final Pattern ECF = Pattern.compile("[A-E]\\.[0-9]{1,2}");
    private static final int TITLE = 200;
    private static final int DESCRIPTION = 4000;
    private static final int LABEL = 100;
    /** The languages a part may be translated into: those CityCert offers, English being the part's own text. */
    private static final List<String> TRANSLATION_LANGUAGES = eu.skills4cities.citycert.security.Languages.SUPPORTED
            .stream().map(java.util.Locale::getLanguage).filter(language -> !language.equals("en")).sorted().toList();

    FrameworkFileReader() {
        super(MAX_BYTES, "framework.import.refused");
    }

    /**
     * @throws InvalidInputException listing every problem of the file
     */
    static FrameworkDocument read(byte[] bytes) {
        return new FrameworkFileReader().parse(bytes);
    }

    private FrameworkDocument parse(byte[] bytes) {
        FrameworkDocument document = document(compose(bytes));
        refuseIfAny();
        return document;
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
                Set.of("code", "title", "description", "label", "sample", "translations"));
        String code = null;
        String title = null;
        String description = null;
        String label = null;
        boolean sample = false;
        Map<String, Translation> translations = Map.of();
        if (framework != null) {
            code = code(framework, "code", "framework.code", FRAMEWORK_CODE);
            title = text(framework, "title", "framework.title", true, TITLE);
            description = text(framework, "description", "framework.description", true, DESCRIPTION);
            label = text(framework, "label", "framework.label", false, LABEL);
            Boolean flag = bool(framework, "sample", "framework.sample");
            sample = flag != null && flag;
            translations = translations(framework, "framework");
        }
        List<RoleDefinition> roles = list(top, "roles", "roles", this::role);
        return new FrameworkDocument(code, title, description, label, sample, roles, translations);
    }

    private RoleDefinition role(Node node, String path) {
        Map<String, Node> role = fields(node, path, Set.of("code", "title", "description", "eqfLevel",
                "escoOccupation", "ecfCompetences", "scheme", "units", "translations"));
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
        List<UnitDefinition> units = list(role, "units", path + ".units", this::unit);
        SchemeSettings scheme = scheme(role.get("scheme"), path + ".scheme", units);
        return new RoleDefinition(code, title, description, eqf == null ? 0 : eqf, esco, ecf, scheme, units,
                translations(role, path));
    }

    private SchemeSettings scheme(Node node, String path, List<UnitDefinition> units) {
        int unitCount = units.size();
        SchemeSettings defaults = SchemeSettings.defaults();
        if (node == null) {
            return defaults;
        }
        Map<String, Node> scheme = fields(node, path, Set.of("routes", "passMarkPercent", "unitsRequired",
                "retakeWindowMonths", "validityMonths", "recertificationYears", "renewalReminderDays",
                "scoreElements", "maxSuspensionMonths", "cpdHoursPerCycle", "cpdUnitsRequired", "renewalWindowDays",
                "appealWindowDays", "examItemsPerElement", "examTimeLimitMinutes", "examWindowDays", "examAttempts",
                "portfolioUnits"));
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
        int examItems = orDefault(integer(scheme, "examItemsPerElement", path + ".examItemsPerElement", false,
                1, 100), defaults.examItemsPerElement());
        int examMinutes = orDefault(integer(scheme, "examTimeLimitMinutes", path + ".examTimeLimitMinutes", false,
                5, 600), defaults.examTimeLimitMinutes());
        int examWindow = orDefault(integer(scheme, "examWindowDays", path + ".examWindowDays", false, 1, 365),
                defaults.examWindowDays());
        int examAttempts = orDefault(integer(scheme, "examAttempts", path + ".examAttempts", false, 1, 10),
                defaults.examAttempts());
        return new SchemeSettings(routes, passMark, unitsRequired, retake, validity, recertification, reminders,
                Boolean.TRUE.equals(scoreElements), maxSuspension, cpdHours, cpdUnits, window, appealWindow,
                examItems, examMinutes, examWindow, examAttempts,
                portfolioUnits(scheme.get("portfolioUnits"), path + ".portfolioUnits", routes, units));
    }

    /**
     * What the portfolio covers on the route exam and portfolio: unit codes of the role, each once, and only on a
     * role whose routes are both (on the others the assessor scores every unit, or confirms the exam).
     */
    private List<String> portfolioUnits(Node node, String path, List<AssessmentRoute> routes,
                                        List<UnitDefinition> units) {
        List<String> codes = new ArrayList<>();
        if (node == null || isNull(node)) {
            return codes;
        }
        if (!routes.containsAll(List.of(AssessmentRoute.EXAM, AssessmentRoute.PORTFOLIO))) {
            add(node, path, "import.portfolio-units-route");
        }
        Set<String> known = units.stream().map(UnitDefinition::code).collect(java.util.stream.Collectors.toSet());
        for (ScalarNode item : scalars(node, path, false)) {
            String code = item.getValue();
            if (!known.contains(code)) {
                add(item, path, "import.portfolio-unit-unknown", code);
            } else if (codes.contains(code)) {
                add(item, path, "import.duplicate-value", code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private UnitDefinition unit(Node node, String path) {
        Map<String, Node> unit = fields(node, path, Set.of("code", "title", "description", "elements", "translations"));
        if (unit == null) {
            return null;
        }
        return new UnitDefinition(code(unit, "code", path + ".code", PART_CODE),
                text(unit, "title", path + ".title", true, TITLE),
                text(unit, "description", path + ".description", true, DESCRIPTION),
                list(unit, "elements", path + ".elements", this::element), translations(unit, path));
    }

    private ElementDefinition element(Node node, String path) {
        Map<String, Node> element = fields(node, path, Set.of("code", "title", "description", "criteria", "translations"));
        if (element == null) {
            return null;
        }
        return new ElementDefinition(code(element, "code", path + ".code", PART_CODE),
                text(element, "title", path + ".title", true, TITLE),
                text(element, "description", path + ".description", true, DESCRIPTION),
                list(element, "criteria", path + ".criteria", this::criterion), translations(element, path));
    }

    private CriterionDefinition criterion(Node node, String path) {
        Map<String, Node> criterion = fields(node, path, Set.of("code", "title", "description", "translations"));
        if (criterion == null) {
            return null;
        }
        return new CriterionDefinition(code(criterion, "code", path + ".code", PART_CODE),
                text(criterion, "title", path + ".title", true, TITLE),
                text(criterion, "description", path + ".description", true, DESCRIPTION),
                translations(criterion, path));
    }

    /**
     * A part's optional {@code translations}: per language CityCert offers besides English (its BCP 47 tag), a title
     * and a description, either of which may be left out (English is shown in its place).
     */
    private Map<String, Translation> translations(Map<String, Node> part, String path) {
        Node node = part.get("translations");
        Map<String, Translation> translations = new java.util.TreeMap<>();
        if (node == null || isNull(node)) {
            return translations;
        }
        String translationsPath = path + ".translations";
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping)) {
            add(node, translationsPath, "import.not-mapping");
            return translations;
        }
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            String languagePath = translationsPath + "." + language;
            if (!TRANSLATION_LANGUAGES.contains(language)) {
                add(tuple.getKeyNode(), languagePath, "import.language", language,
                        String.join(", ", TRANSLATION_LANGUAGES));
                continue;
            }
            if (translations.containsKey(language)) {
                add(tuple.getKeyNode(), languagePath, "import.duplicate-field");
                continue;
            }
            Map<String, Node> fields = fields(tuple.getValueNode(), languagePath, Set.of("title", "description"));
            if (fields == null) {
                continue;
            }
            if (fields.isEmpty()) {
                add(tuple.getValueNode(), languagePath, "import.translation-empty");
                continue;
            }
            translations.put(language, new Translation(
                    text(fields, "title", languagePath + ".title", false, TITLE),
                    text(fields, "description", languagePath + ".description", false, DESCRIPTION)));
        }
        return translations;
    }

    @Override
    protected String codeOf(Object value) {
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

    private static AssessmentRoute routeOf(String value) {
        for (AssessmentRoute route : AssessmentRoute.values()) {
            if (route.name().equals(value)) {
                return route;
            }
        }
        return null;
    }
}
