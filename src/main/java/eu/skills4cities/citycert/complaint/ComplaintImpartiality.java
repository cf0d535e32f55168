package eu.skills4cities.citycert.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /**
     * The same rules as {@link #partiality} for several complaints at once, in a fixed number of queries: those
     * of them the person may not handle. For lists (the staff inbox); the engine's guard asks the single form.
     */
    @Transactional(readOnly = true)
    public Set<UUID> excluded(Collection<UUID> complaintIds, String username) {
        List<ComplaintStore.Row> complaints = store.byIds(complaintIds);
        return excluded(complaints, certificatesNamed(complaints), username);
    }

    /** The certificates the complaints name, by number, in one query. */
    Map<String, CertificateInfo> certificatesNamed(Collection<ComplaintStore.Row> complaints) {
        return certificates.byNumbers(complaints.stream().map(ComplaintStore.Row::certificateNumber)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** {@link #excluded(Collection, String)} for complaints and their certificates the caller has read already. */
    Set<UUID> excluded(Collection<ComplaintStore.Row> complaints, Map<String, CertificateInfo> named, String username) {
        Set<UUID> judged = decisions.judged(named.values().stream().map(CertificateInfo::applicationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()), username);
        return complaints.stream().filter(complaint -> username.equals(complaint.complainantUsername())
                        || Optional.ofNullable(complaint.certificateNumber()).map(named::get)
                        .filter(certificate -> username.equals(certificate.holderUsername())
                                || (certificate.applicationId() != null
                                && judged.contains(certificate.applicationId()))).isPresent())
                .map(ComplaintStore.Row::id).collect(Collectors.toSet());
    }
}
