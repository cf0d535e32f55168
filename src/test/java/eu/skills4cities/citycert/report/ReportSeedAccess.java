package eu.skills4cities.citycert.report;

import java.util.Map;

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

    /** The role and item codes (by the names of {@code ExamFiguresTest}: I1 to I5) of an {@link ExamReportSeed}. */
    public record Exams(String role, Map<String, String> itemCodes) {
    }

    /** Writes the exam sessions and route scores of {@code ExamFiguresTest} for a fresh role. */
    public static Exams writeExams(JdbcTemplate jdbc) {
        ExamReportSeed seed = new ExamReportSeed(jdbc).sessions().routes();
        return new Exams(seed.role(), Map.copyOf(seed.itemCodes));
    }
}
