package eu.skills4cities.citycert.report;

import java.util.List;

/**
 * A stage's service level in one month ({@code 2026-03}): staff tasks due that month that were
 * finished after their due date or are still open past it, and tasks escalated that month.
 */
public record ServiceLevel(String stage, String month, long overdue, long escalated) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(stage, month, Long.toString(overdue), Long.toString(escalated));
    }
}
