package eu.skills4cities.citycert.report;

import java.util.List;

/** How many times a measure happened in the period (for the role). */
public record PeriodCount(PeriodMeasure measure, long count) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(measure.name(), Long.toString(count));
    }
}
