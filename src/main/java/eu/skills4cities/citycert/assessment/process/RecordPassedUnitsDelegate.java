package eu.skills4cities.citycert.assessment.process;


import eu.skills4cities.citycert.assessment.AssessmentService;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record passed units": the certification decision confirms the units the assessment passed. */
@Component("recordPassedUnitsDelegate")
class RecordPassedUnitsDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    RecordPassedUnitsDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.confirmPassedUnits(
                CertificationProcess.applicationId(execution));
    }
}
