package eu.skills4cities.citycert.inbox;

import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.assessment.ExamScores;

/**
 * The exam beside an assessment task: the submitted exam's scores per unit (empty without an exam), whether
 * the route has the assessor confirm them rather than score the portfolio, and the units whose score is the exam's
 * (on the route exam every unit assessed; on the route exam and portfolio those the scheme's portfolio does not
 * cover; none on the route portfolio). The assessor scores the units to assess that are not among them.
 */
public record ExamOnTask(Map<String, ExamScores.UnitExamScore> scores, boolean confirmOnly, List<String> examScored) {

    public ExamOnTask {
        scores = Map.copyOf(scores);
        examScored = List.copyOf(examScored);
    }
}
