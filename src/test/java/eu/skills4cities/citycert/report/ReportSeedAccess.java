package eu.skills4cities.citycert.report;

import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ReportSeed} for the tests of the page, which live in {@code ui}: writes the data set, answers its role. */
public final class ReportSeedAccess {

    private ReportSeedAccess() {
    }

    public static String write(JdbcTemplate jdbc) {
        return new ReportSeed(jdbc).write().role;
    }

    /** Writes the appeals and complaints of {@code AppealFiguresTest} for a fresh role, and answers the role. */
    public static String writeAppealsAndComplaints(JdbcTemplate jdbc) {
        return new ReportSeed(jdbc).appealsAndComplaints().role;
    }
}
