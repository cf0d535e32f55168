package eu.skills4cities.citycert.certificate.process;

import java.util.UUID;

import eu.skills4cities.citycert.application.CertificationProcess;
import eu.skills4cities.citycert.certificate.CertificateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The asynchronous "Issue certificate" step. Safe to retry: the service issues at most one
 * certificate per application.
 */
@Component("issueCertificateDelegate")
class IssueCertificateDelegate implements JavaDelegate {

    private final CertificateService certificates;

    IssueCertificateDelegate(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID applicationId = CertificationProcess.applicationId(execution);
        certificates.issue(applicationId);
    }
}
