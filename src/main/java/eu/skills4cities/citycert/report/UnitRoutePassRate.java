package eu.skills4cities.citycert.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's assessments in the period on one route ({@link RouteTaken}, the application's): how many, how many
 * passed, the share passed (0 to 1) and the mean score.
 */
public record UnitRoutePassRate(String roleCode, String unitCode, RouteTaken route, long assessed, long passed,
                                BigDecimal passRate, BigDecimal meanScore) implements ReportRow {

    @Override
    public List<String> cells() {
        return List.of(roleCode, unitCode, route.name(), Long.toString(assessed), Long.toString(passed),
                passRate.toPlainString(), meanScore.toPlainString());
    }
}
