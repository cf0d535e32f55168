package eu.skills4cities.citycert.certificate.renewal.process;

import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.certificate.renewal.RenewalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Issue the successor certificate": the accepted renewal's successor supersedes the certificate. */
@Component("issueRenewalSuccessorDelegate")
class IssueRenewalSuccessorDelegate implements JavaDelegate {

    private final RenewalChecks checks;

    IssueRenewalSuccessorDelegate(RenewalChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.issueSuccessor(RenewalProcess.renewalId(execution));
    }
}
