package eu.skills4cities.citycert.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessor confirms an exam (route exam): the exam's score of every unit the assessment covers becomes that
 * unit's score, with the method {@link AssessmentMethod#EXAM} recorded, judged by the same pass rule as a
 * portfolio score; or voids the exam. The caller (the inbox) checks the task and the route.
 */
@Service
public class ExamConfirmation {

    private static final Logger log = LoggerFactory.getLogger(ExamConfirmation.class);

    private final AssessmentService assessments;
    private final UnitJudgementStore store;
    private final ObjectProvider<ExamScores> exams;
    private final ObjectProvider<ExamVoids> voids;
    private final Clock clock;

    ExamConfirmation(AssessmentService assessments, UnitJudgementStore store, ObjectProvider<ExamScores> exams,
                     ObjectProvider<ExamVoids> voids, Clock clock) {
        this.voids = voids;
        this.assessments = assessments;
        this.store = store;
        this.exams = exams;
        this.clock = clock;
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
        Map<String, ExamScores.UnitExamScore> scores = scores(applicationId);
        List<UnitDefinition> missing = plan.toAssess().stream().filter(u -> !scores.containsKey(u.code())).toList();
        if (!missing.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.CONFLICT,
                    UserMessage.of("problem.assessment.no-exam-score", missing.get(0).code()));
        }
        Instant now = clock.instant();
        int passedNow = 0;
        for (UnitDefinition unit : plan.toAssess()) {
            ExamScores.UnitExamScore exam = scores.get(unit.code());
            BigDecimal score = exam.score().setScale(2, RoundingMode.HALF_UP);
            boolean passed = assessments.passes(score, plan.passMark());
            passedNow += passed ? 1 : 0;
            store.insertAssessment(applicationId, taskId, unit.code(), score, exam.elementScores(), plan.passMark(),
                    passed, assessor, now, AssessmentMethod.EXAM);
        }
        AssessmentOutcome outcome = plan.heldAlready().size() + passedNow >= plan.unitsRequired()
                ? AssessmentOutcome.COMPETENT
                : passedNow > 0 ? AssessmentOutcome.PARTIAL : AssessmentOutcome.NOT_YET_COMPETENT;
        log.info("Application {}: exam confirmed by {}, {} of {} units passed ({})", applicationId, assessor, passedNow,
                plan.toAssess().size(), outcome);
        return outcome;
    }
}
