package eu.skills4cities.citycert.assessment;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessor confirms an exam (route exam): the exam's score of every unit the assessment covers becomes that
 * unit's score, with the method {@link AssessmentMethod#EXAM} recorded, judged by the same pass rule as a
 * portfolio score; or voids the exam. On the route exam and portfolio it records the assessor's scores of the units
 * the portfolio covers with the exam's of the others ({@link #recordBesideExam}). The caller (the inbox) checks the
 * task and the route.
 */
@Service
public class ExamConfirmation {

    private final AssessmentService assessments;
    private final ObjectProvider<ExamScores> exams;
    private final ObjectProvider<ExamVoids> voids;

    ExamConfirmation(AssessmentService assessments, ObjectProvider<ExamScores> exams, ObjectProvider<ExamVoids> voids) {
        this.voids = voids;
        this.assessments = assessments;
        this.exams = exams;
    }

    /** The submitted exam's scores per unit, for the assessor beside the units; empty without an exam. */
    @Transactional(readOnly = true)
    public Map<String, ExamScores.UnitExamScore> scores(UUID applicationId) {
        ExamScores scores = exams.getIfAvailable();
        return scores == null ? Map.of() : scores.of(applicationId);
    }

    /**
     * Voids the application's submitted exam for a proven irregularity, with the assessor's reason; nothing is
     * assessed, and the candidate sits a new form.
     *
     * @throws RefusedException (conflict) when the application has no submitted exam
     */
    @Transactional
    public void voidExam(UUID applicationId, String reason, String assessor) {
        ExamVoids exam = voids.getIfAvailable();
        if (exam == null || !exam.voidLatest(applicationId, reason, assessor)) {
            throw RefusedException.conflict("problem.assessment.no-exam");
        }
    }

    /**
     * Records the exam's scores as the assessment of the units the plan covers.
     *
     * @throws RefusedException (conflict) when the application has no submitted exam covering every such unit
     */
    @Transactional
    public AssessmentOutcome confirm(UUID applicationId, String taskId, String assessor) {
        AssessmentPlan plan = assessments.plan(applicationId);
        return assessments.judge(applicationId, taskId, plan, examScores(applicationId, plan.toAssess()), assessor);
    }

    /**
     * Route exam and portfolio: records the assessor's scores for the units the scheme has the portfolio cover
     * ({@link AssessmentPlan#portfolioCovered}, method {@link AssessmentMethod#PORTFOLIO}) and the exam's scores for
     * the others ({@link AssessmentPlan#leftToExam}, method {@link AssessmentMethod#EXAM}), each judged by the pass
     * rule. When the scheme names no portfolio units, the assessor scores every unit.
     *
     * @throws InvalidInputException listing every problem (a score for a unit the exam scores, a covered unit without
     *                               one); nothing is stored
     * @throws RefusedException      (conflict) when the submitted exam has no score for a unit left to it
     */
    @Transactional
    public AssessmentOutcome recordBesideExam(UUID applicationId, String taskId, List<UnitScore> scores,
                                              String assessor) {
        AssessmentPlan plan = assessments.plan(applicationId);
        List<UserMessage> problems = new ArrayList<>();
        List<ScoredUnit> byAssessor = AssessorScores.of(plan, plan.portfolioCovered(), scores, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("api.task.refused", problems);
        }
        Map<String, ScoredUnit> byUnit = new HashMap<>();
        byAssessor.forEach(unit -> byUnit.put(unit.unitCode(), unit));
        examScores(applicationId, plan.leftToExam()).forEach(unit -> byUnit.put(unit.unitCode(), unit));
        return assessments.judge(applicationId, taskId, plan,
                plan.toAssess().stream().map(unit -> byUnit.get(unit.code())).toList(), assessor);
    }

    /** The submitted exam's score of each unit, in percent with two decimals, with the method EXAM. */
    private List<ScoredUnit> examScores(UUID applicationId, List<UnitDefinition> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, ExamScores.UnitExamScore> scores = scores(applicationId);
        List<UnitDefinition> missing = units.stream().filter(u -> !scores.containsKey(u.code())).toList();
        if (!missing.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.CONFLICT,
                    UserMessage.of("problem.assessment.no-exam-score", missing.get(0).code()));
        }
        return units.stream().map(unit -> {
            ExamScores.UnitExamScore exam = scores.get(unit.code());
            return new ScoredUnit(unit.code(), exam.score().setScale(2, RoundingMode.HALF_UP), exam.elementScores(),
                    AssessmentMethod.EXAM);
        }).toList();
    }
}
