package eu.skills4cities.citycert.certificate;

import java.util.List;
import java.util.UUID;

import eu.skills4cities.citycert.inbox.DecisionResults;
import org.springframework.stereotype.Component;

/** Tells the officer's decision screen which certificates their decision issued, each with its verification page. */
@Component
class IssuedForDecision implements DecisionResults {

    private final CertificateService certificates;

    IssuedForDecision(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<IssuedCertificate> issuedFor(UUID applicationId) {
        return certificates.forApplication(applicationId).stream()
                .map(c -> new IssuedCertificate(c.number(), c.holderName(), c.unitCode(), "verify/" + c.number()))
                .toList();
    }
}
