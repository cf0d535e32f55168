package eu.skills4cities.citycert.base;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker in the page's language: its month and day names from the locale (java.time), its first day of
 * the week the locale's (Monday in most of Europe), its buttons from the bundle. The date's format follows the
 * UI's language already (the picker takes the UI's locale).
 */
public class LocalDatePicker extends DatePicker {

    public LocalDatePicker() {
        Locale locale = DateDisplay.regional(getLocale());
        DatePicker.DatePickerI18n texts = new DatePicker.DatePickerI18n();
        texts.setMonthNames(Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        texts.setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        texts.setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        texts.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        texts.setToday(getTranslation("date-picker.today"));
        texts.setCancel(getTranslation("date-picker.cancel"));
        setI18n(texts);
    }
}
