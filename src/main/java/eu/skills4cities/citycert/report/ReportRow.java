package eu.skills4cities.citycert.report;

import java.util.List;

/** One row of a figure, as the cells of its CSV line and of the table under its chart, in the figure's column order. */
public interface ReportRow {

    List<String> cells();
}
