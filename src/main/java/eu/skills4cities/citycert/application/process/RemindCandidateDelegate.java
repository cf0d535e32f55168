package eu.skills4cities.citycert.application.process;

import java.util.Date;
import java.util.UUID;

import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the candidate that the requested evidence is due soon. */
@Component("remindCandidateDelegate")
class RemindCandidateDelegate implements JavaDelegate {

    private final ApplicationService applications;

    RemindCandidateDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.remindEvidenceDue(
                UUID.fromString((String) execution.getVariable(CertificationProcess.VAR_APPLICATION_ID)),
                ((Date) execution.getVariable(CertificationProcess.VAR_EVIDENCE_DUE_DATE)).toInstant());
    }
}
