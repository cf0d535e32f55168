package eu.skills4cities.citycert.report;

import java.util.List;

/** Today's open staff tasks of one queue (the engine's candidate group): all, not yet claimed, past their due date. */
public record QueueBacklog(String queue, long open, long unassigned, long overdue) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(queue, Long.toString(open), Long.toString(unassigned), Long.toString(overdue));
    }
}
