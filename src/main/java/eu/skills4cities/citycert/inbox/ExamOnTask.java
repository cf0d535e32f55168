package eu.skills4cities.citycert.inbox;

import java.util.Map;

import eu.skills4cities.citycert.assessment.ExamScores;

/**
 * The exam beside an assessment task: the submitted exam's scores per unit (empty without an exam), and whether
 * the route has the assessor confirm them rather than score the portfolio.
 */
public record ExamOnTask(Map<String, ExamScores.UnitExamScore> scores, boolean confirmOnly) {

    public ExamOnTask {
        scores = Map.copyOf(scores);
    }
}
