package eu.skills4cities.citycert.assessment;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.application.ExamUnits;
import eu.skills4cities.citycert.framework.UnitDefinition;
import org.springframework.stereotype.Component;

/**
 * The units an exam sits are the ones the assessment covers ({@link AssessmentService#plan}): a retake sits only
 * the units it retakes, and units the candidate holds already are not examined again.
 */
@Component
class PlannedExamUnits implements ExamUnits {

    private final AssessmentService assessments;

    PlannedExamUnits(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<String> unitsToSit(UUID applicationId) {
        return assessments.plan(applicationId).toAssess().stream().map(UnitDefinition::code).toList();
    }
}
