package eu.skills4cities.citycert.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import eu.skills4cities.citycert.framework.FrameworkChange.Kind;
import eu.skills4cities.citycert.framework.FrameworkChange.Level;

/**
 * What changed from one framework version to another: roles, units, elements and criteria
 * added, removed or changed, matched by their stable codes.
 */
final class FrameworkComparison {

    private final List<FrameworkChange> changes = new ArrayList<>();

    private FrameworkComparison() {
    }

    static List<FrameworkChange> compare(FrameworkDocument from, FrameworkDocument to) {
        FrameworkComparison comparison = new FrameworkComparison();
        comparison.roles(from.roles(), to.roles());
        return List.copyOf(comparison.changes);
    }

    private void roles(List<RoleDefinition> from, List<RoleDefinition> to) {
        match(from, to, RoleDefinition::code, Level.ROLE, "", RoleDefinition::title, (a, b, path) -> {
            List<String> fields = new ArrayList<>();
            differs(fields, "title", a.title(), b.title());
            differs(fields, "description", a.description(), b.description());
            differs(fields, "translations", a.translations(), b.translations());
            differs(fields, "eqfLevel", a.eqfLevel(), b.eqfLevel());
            differs(fields, "escoOccupation", a.escoOccupation(), b.escoOccupation());
            differs(fields, "ecfCompetences", a.ecfCompetences(), b.ecfCompetences());
            differs(fields, "scheme", a.scheme(), b.scheme());
            changed(Level.ROLE, path, b.title(), fields);
            units(a.units(), b.units(), path);
        });
    }

    private void units(List<UnitDefinition> from, List<UnitDefinition> to, String parent) {
        match(from, to, UnitDefinition::code, Level.UNIT, parent, UnitDefinition::title, (a, b, path) -> {
            List<String> fields = new ArrayList<>();
            differs(fields, "title", a.title(), b.title());
            differs(fields, "description", a.description(), b.description());
            differs(fields, "translations", a.translations(), b.translations());
            changed(Level.UNIT, path, b.title(), fields);
            elements(a.elements(), b.elements(), path);
        });
    }

    private void elements(List<ElementDefinition> from, List<ElementDefinition> to, String parent) {
        match(from, to, ElementDefinition::code, Level.ELEMENT, parent, ElementDefinition::title, (a, b, path) -> {
            List<String> fields = new ArrayList<>();
            differs(fields, "title", a.title(), b.title());
            differs(fields, "description", a.description(), b.description());
            differs(fields, "translations", a.translations(), b.translations());
            changed(Level.ELEMENT, path, b.title(), fields);
            criteria(a.criteria(), b.criteria(), path);
        });
    }

    private void criteria(List<CriterionDefinition> from, List<CriterionDefinition> to, String parent) {
        match(from, to, CriterionDefinition::code, Level.CRITERION, parent, CriterionDefinition::title, (a, b, path) -> {
            List<String> fields = new ArrayList<>();
            differs(fields, "title", a.title(), b.title());
            differs(fields, "description", a.description(), b.description());
            differs(fields, "translations", a.translations(), b.translations());
            changed(Level.CRITERION, path, b.title(), fields);
        });
    }

    private interface Both<T> {
        void compare(T from, T to, String path);
    }

    private <T> void match(List<T> from, List<T> to, Function<T, String> code, Level level, String parent,
                           Function<T, String> title, Both<T> both) {
        Map<String, T> before = index(from, code);
        Map<String, T> after = index(to, code);
        before.forEach((key, value) -> {
            String path = parent.isEmpty() ? key : parent + " / " + key;
            if (after.containsKey(key)) {
                both.compare(value, after.get(key), path);
            } else {
                changes.add(new FrameworkChange(Kind.REMOVED, level, path, title.apply(value), ""));
            }
        });
        after.forEach((key, value) -> {
            if (!before.containsKey(key)) {
                String path = parent.isEmpty() ? key : parent + " / " + key;
                changes.add(new FrameworkChange(Kind.ADDED, level, path, title.apply(value), ""));
            }
        });
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(code.apply(item), item));
        return map;
    }

    private static void differs(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private void changed(Level level, String path, String title, List<String> fields) {
        if (!fields.isEmpty()) {
            changes.add(new FrameworkChange(Kind.CHANGED, level, path, title, String.join(", ", fields)));
        }
    }
}
