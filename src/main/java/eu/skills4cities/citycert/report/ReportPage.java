package eu.skills4cities.citycert.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every figure a user may read for one filter, in the page's order: what one render of the reports page shows. */
public record ReportPage(ReportFilter filter, Map<ReportFigure, List<? extends ReportRow>> figures) {

    public ReportPage {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public List<? extends ReportRow> rows(ReportFigure figure) {
        return figures.getOrDefault(figure, List.of());
    }
}
