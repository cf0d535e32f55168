package eu.skills4cities.citycert.exam.ui;

import java.util.List;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import eu.skills4cities.citycert.framework.ElementDefinition;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.framework.RoleDefinition;
import eu.skills4cities.citycert.framework.UnitDefinition;

/**
 * Role, unit and element of the published frameworks, each choice narrowing the next: the
 * editor's element chooser and the list's filter (where each may stay empty).
 */
class ElementChooser extends HorizontalLayout {

    private final Select<RoleDefinition> role = new Select<>();
    private final Select<UnitDefinition> unit = new Select<>();
    private final Select<ElementDefinition> element = new Select<>();

    ElementChooser(List<PublishedRole> roles, boolean filter) {
        String prefix = filter ? "filter-" : "item-";
        role.setId(prefix + "role");
        unit.setId(prefix + "unit");
        element.setId(prefix + "element");
        role.setLabel(getTranslation("exam.field.role"));
        unit.setLabel(getTranslation("exam.field.unit"));
        element.setLabel(getTranslation("exam.field.element"));
        role.setItems(roles.stream().map(PublishedRole::role).toList());
        role.setItemLabelGenerator(r -> r == null ? "" : r.code() + " " + r.title(getLocale()).text());
        unit.setItemLabelGenerator(u -> u == null ? "" : u.code() + " " + u.title(getLocale()).text());
        element.setItemLabelGenerator(e -> e == null ? "" : e.code() + " " + e.title(getLocale()).text());
        role.setEmptySelectionAllowed(filter);
        unit.setEmptySelectionAllowed(filter);
        element.setEmptySelectionAllowed(filter);
        role.addValueChangeListener(change -> {
            unit.setItems(change.getValue() == null ? List.of() : change.getValue().units());
            element.setItems(List.of());
        });
        unit.addValueChangeListener(change ->
                element.setItems(change.getValue() == null ? List.of() : change.getValue().elements()));
        add(role, unit, element);
        setPadding(false);
    }

    void select(String roleCode, String unitCode, String elementCode) {
        role.getListDataView().getItems().filter(r -> r.code().equals(roleCode)).findFirst().ifPresent(r -> {
            role.setValue(r);
            r.units().stream().filter(u -> u.code().equals(unitCode)).findFirst().ifPresent(u -> {
                unit.setValue(u);
                u.elements().stream().filter(e -> e.code().equals(elementCode)).findFirst()
                        .ifPresent(element::setValue);
            });
        });
    }

    void addChangeListener(Runnable listener) {
        role.addValueChangeListener(change -> listener.run());
        unit.addValueChangeListener(change -> listener.run());
        element.addValueChangeListener(change -> listener.run());
    }

    String roleCode() {
        return role.getValue() == null ? null : role.getValue().code();
    }

    String unitCode() {
        return unit.getValue() == null ? null : unit.getValue().code();
    }

    String elementCode() {
        return element.getValue() == null ? null : element.getValue().code();
    }

}
