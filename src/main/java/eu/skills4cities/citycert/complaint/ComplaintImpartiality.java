package eu.skills4cities.citycert.complaint;

import java.util.Optional;
import java.util.UUID;

import eu.skills4cities.citycert.assessment.CertificationDecisions;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may not handle a complaint (triage or investigate it): the complainant; and for a complaint
 * about a certified person, that person and whoever reviewed or assessed the application that
 * certified them (the judging's own records, {@link CertificationDecisions}). Asked by
 * {@link ComplaintWork} before a task is claimed or completed, and inside the engine by
 * {@code process.ComplaintImpartialityGuard}, so Tasklist and the engine's REST API keep it too.
 */
@Service
public class ComplaintImpartiality {

    private final ComplaintStore store;
    private final CertificateService certificates;
    private final CertificationDecisions decisions;

    ComplaintImpartiality(ComplaintStore store, CertificateService certificates, CertificationDecisions decisions) {
        this.store = store;
        this.certificates = certificates;
        this.decisions = decisions;
    }

    /** Why the person may not handle the complaint, or empty when they may. */
    @Transactional(readOnly = true)
    public Optional<UserMessage> partiality(UUID complaintId, String username) {
        ComplaintStore.Row complaint = store.byId(complaintId)
                .orElseThrow(() -> NotFoundException.of("complaint.not-found"));
        if (username.equals(complaint.complainantUsername())) {
            return Optional.of(UserMessage.of("problem.complaint.impartiality.complainant", complaint.number()));
        }
        if (complaint.certificateNumber() == null) {
            return Optional.empty();
        }
        Optional<CertificateInfo> certificate = certificates.byNumber(complaint.certificateNumber());
        if (certificate.map(CertificateInfo::holderUsername).filter(username::equals).isPresent()) {
            return Optional.of(UserMessage.of("problem.complaint.impartiality.holder", complaint.number()));
        }
        if (certificate.filter(found -> decisions.judged(found.applicationId(), username)).isPresent()) {
            return Optional.of(UserMessage.of("problem.complaint.impartiality.judged", complaint.number(),
                    complaint.certificateNumber()));
        }
        return Optional.empty();
    }
}
