package eu.skills4cities.citycert;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import eu.skills4cities.citycert.assessment.AssessmentPlan;
import eu.skills4cities.citycert.assessment.CertificationVerdict;
import eu.skills4cities.citycert.assessment.ReviewVerdict;
import eu.skills4cities.citycert.assessment.UnitScore;
import eu.skills4cities.citycert.assessment.UnitVerdict;
import eu.skills4cities.citycert.inbox.AssessmentSubmission;
import eu.skills4cities.citycert.inbox.DecisionSubmission;
import eu.skills4cities.citycert.inbox.ReviewSubmission;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;

/** Review, assessment and decision submissions for tests, built from the task's own units. */
public final class TestStaffWork {

    private TestStaffWork() {
    }

    /** The same verdict on every unit; the message is also each unit's reason when one is needed. */
    public static ReviewSubmission review(StaffTaskService tasks, CurrentUser reviewer, String taskId,
                                          ReviewVerdict verdict, String message) {
        List<UnitVerdict> units = tasks.plan(reviewer, taskId).toAssess().stream()
                .map(unit -> new UnitVerdict(unit.code(), verdict, verdict == ReviewVerdict.SUFFICIENT ? null : message))
                .toList();
        return new ReviewSubmission(units, message);
    }

    /** The same score for every unit the assessment covers (for every element, when the scheme scores elements). */
    public static AssessmentSubmission scores(StaffTaskService tasks, CurrentUser assessor, String taskId,
                                              String score, String comment) {
        return scores(tasks, assessor, taskId, unit -> new BigDecimal(score), comment);
    }

    /**
     * A score per unit code; with element scoring every element of the unit gets the unit's score. On the route
     * exam and portfolio only the units the portfolio covers: the exam scores the others.
     */
    public static AssessmentSubmission scores(StaffTaskService tasks, CurrentUser assessor, String taskId,
                                              Function<String, BigDecimal> scoreOfUnit, String comment) {
        AssessmentPlan plan = tasks.plan(assessor, taskId);
        List<UnitScore> units = plan.portfolioCovered().stream().map(unit -> plan.uniformScore(unit, scoreOfUnit.apply(unit.code())))
                .toList();
        return new AssessmentSubmission(units, comment);
    }

    /** A decision with the declaration of no conflict of interest; the verdict by its name, CERTIFY or REFUSE. */
    public static DecisionSubmission decision(String verdict, String reason) {
        return new DecisionSubmission(CertificationVerdict.valueOf(verdict), reason, true);
    }
}
