package eu.skills4cities.citycert.application.process;


import eu.skills4cities.citycert.application.EvidenceRequests;
import eu.skills4cities.citycert.application.CertificationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the candidate that the requested evidence is due soon. */
@Component("remindCandidateDelegate")
class RemindCandidateDelegate implements JavaDelegate {

    private final EvidenceRequests applications;

    RemindCandidateDelegate(EvidenceRequests applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.remindEvidenceDue(
                CertificationProcess.applicationId(execution),
                CertificationProcess.evidenceDueDate(execution).orElseThrow());
    }
}
