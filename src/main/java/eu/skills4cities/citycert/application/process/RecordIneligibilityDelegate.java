package eu.skills4cities.citycert.application.process;

import java.util.Map;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records on the application which eligibility rule failed (from the eligibility decision's result). */
@Component("recordIneligibilityDelegate")
class RecordIneligibilityDelegate implements JavaDelegate {

    private final ApplicationService applications;

    RecordIneligibilityDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(CertificationProcess.VAR_ELIGIBILITY);
        Object required = result.get("required");
        applications.markIneligible(
                UUID.fromString((String) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)),
                (String) result.get("failedRule"), required == null ? null : ((Number) required).intValue());
    }
}
