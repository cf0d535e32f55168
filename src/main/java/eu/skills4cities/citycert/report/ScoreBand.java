package eu.skills4cities.citycert.report;

import java.util.List;

/**
 * How many of a unit's scores in the period fall in a band of ten points: {@code lowest} included,
 * {@code lowest + 10} not (the last band, 90, includes 100). Every band of a unit is listed, empty ones too.
 */
public record ScoreBand(String roleCode, String unitCode, int lowest, long scores) implements ReportRow {

    /** The band as people write it: {@code 60-69}, {@code 90-100}. */
    public String label() {
        return lowest + "-" + (lowest == 90 ? 100 : lowest + 9);
    }

    @Override
    public List<String> cells() {
        return List.of(roleCode, unitCode, label(), Long.toString(scores));
    }
}
