package eu.skills4cities.citycert.certificate.renewal.ui;

import java.math.BigDecimal;
import java.util.List;

import eu.skills4cities.citycert.base.LocalDatePicker;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.renewal.CpdActivity;
import eu.skills4cities.citycert.certificate.renewal.Renewals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** One CPD activity of the renewal form: title, dates, hours and the units it keeps current. */
class ActivityRow extends FormLayout {

    final TextField title = new TextField();
    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final BigDecimalField hours = new BigDecimalField();
    final CheckboxGroup<CertifiedUnit> units = new CheckboxGroup<>();
    final Button remove = new Button();

    ActivityRow(int index, List<CertifiedUnit> certificateUnits, Runnable changed) {
        addClassName("renewal-activity");
        title.setLabel(getTranslation("renewal.activity.title"));
        title.setMaxLength(Renewals.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.addClassName("activity-title");
        from.setLabel(getTranslation("renewal.activity.from"));
        from.addClassName("activity-from");
        to.setLabel(getTranslation("renewal.activity.to"));
        to.addClassName("activity-to");
        hours.setLabel(getTranslation("renewal.activity.hours"));
        hours.addClassName("activity-hours");
        hours.addValueChangeListener(event -> changed.run());
        units.setLabel(getTranslation("renewal.activity.units"));
        units.setItems(certificateUnits);
        units.setItemLabelGenerator(unit -> unit.code() + " " + unit.title());
        units.addClassName("activity-units");
        units.addValueChangeListener(event -> changed.run());
        remove.setText(getTranslation("renewal.activity.remove", index + 1));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("activity-remove");
        add(title, from, to, hours, units, remove);
        setColspan(units, 2);
    }

    CpdActivity activity() {
        return new CpdActivity(title.getValue(), from.getValue(), to.getValue(), hours.getValue(),
                units.getValue().stream().map(CertifiedUnit::code).sorted().toList());
    }

    BigDecimal hoursOrZero() {
        return hours.getValue() == null || hours.getValue().signum() < 0 ? BigDecimal.ZERO : hours.getValue();
    }
}
