package eu.skills4cities.citycert.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint's mail, one step of the process each (its delegates call these): the
 * acknowledgement with the number, not a complaint, the holder told, the outcome, the progress
 * notice. Each is queued once per complaint and step (a retried job queues nothing more). The
 * holder's mail never names the complainant; the complainant's outcome mail about a certified
 * person says no more than the public verification shows.
 */
@Service
public class ComplaintNotices {

    private static final Logger log = LoggerFactory.getLogger(ComplaintNotices.class);

    private final ComplaintStore store;
    private final MailOutbox mail;
    private final CertificateService certificates;
    private final UserAccountService users;
    private final AccountLinksProperties links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintNotices(ComplaintStore store, MailOutbox mail, CertificateService certificates, UserAccountService users,
                     AccountLinksProperties links, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.certificates = certificates;
        this.users = users;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** Mails the complainant the link that makes the complaint count. */
    void confirmationLink(String email, String name, String token, Locale language) {
        mail.queueIn(email, language, "complaint-confirm", name, links.publicUrl() + "/complaints/confirm/" + token);
    }

    @Transactional
    public void acknowledge(UUID complaintId) {
        ComplaintStore.Row complaint = complaint(complaintId);
        mail.queueOnceIn("complaint/" + complaintId + "/acknowledged", complaint.complainantEmail(),
                complaint.languageValue(),
                "complaint-acknowledged", complaint.complainantName(), complaint.number(), day(complaint));
    }

    @Transactional
    public void notAComplaint(UUID complaintId) {
        ComplaintStore.Row complaint = complaint(complaintId);
        mail.queueOnceIn("complaint/" + complaintId + "/not-a-complaint", complaint.complainantEmail(),
                complaint.languageValue(),
                "complaint-not-a-complaint", complaint.complainantName(), complaint.number(),
                complaint.triageReason());
    }

    /** Tells the holder that a complaint was made about them: the officer's summary, never who complained. */
    @Transactional
    public void tellHolder(UUID complaintId) {
        ComplaintStore.Row complaint = complaint(complaintId);
        certificates.byNumber(complaint.certificateNumber())
                .flatMap(certificate -> users.find(certificate.holderUsername()))
                .filter(holder -> !holder.erased())
                .ifPresentOrElse(holder -> mail.queueOnce("complaint/" + complaintId + "/holder-told", holder.email(),
                        "complaint-about-you", holder.fullName(), complaint.certificateNumber(), complaint.number(),
                        complaint.triageReason(), links.publicUrl() + "/complaints/about-me/" + complaint.number()),
                        () -> log.info("Complaint {}: the holder of {} has no account to tell", complaint.number(),
                                complaint.certificateNumber()));
    }

    /**
     * The outcome, to the complainant. About the body: upheld or rejected, with the reason. About a
     * certified person: that it was investigated and closed, and where its public status is shown;
     * what was decided about the person stays with them (a suspension or withdrawal shows in the
     * public verification anyway).
     */
    @Transactional
    public void outcome(UUID complaintId) {
        ComplaintStore.Row complaint = complaint(complaintId);
        String key = "complaint/" + complaintId + "/outcome";
        if (complaint.subjectValue() == ComplaintSubject.HOLDER && complaint.triageValue() == Triage.ABOUT_A_HOLDER) {
            mail.queueOnceIn(key, complaint.complainantEmail(), complaint.languageValue(), "complaint-outcome-holder", complaint.complainantName(),
                    complaint.number(), complaint.certificateNumber(),
                    links.publicUrl() + "/verify/" + complaint.certificateNumber());
        } else {
            mail.queueOnceIn(key, complaint.complainantEmail(), complaint.languageValue(),
                    "complaint-outcome-" + complaint.outcome(),
                    complaint.complainantName(), complaint.number(), complaint.outcomeReason());
        }
    }

    /** The due date passed without an outcome: the complainant is told it is still in progress. */
    @Transactional
    public void progress(UUID complaintId) {
        ComplaintStore.Row complaint = complaint(complaintId);
        if (complaint.statusValue() == ComplaintStatus.CLOSED) {
            return;
        }
        mail.queueOnceIn("complaint/" + complaintId + "/progress", complaint.complainantEmail(),
                complaint.languageValue(), "complaint-progress",
                complaint.complainantName(), complaint.number(), day(complaint));
        events.publishEvent(new ComplaintRecorded(complaintId, complaint.number(), ComplaintRecorded.Step.PROGRESS_NOTIFIED,
                null, complaint.subjectValue(), complaint.certificateNumber(), null, null, clock.instant()));
    }

    private ComplaintStore.Row complaint(UUID complaintId) {
        return store.byId(complaintId).orElseThrow(() -> NotFoundException.of("complaint.not-found"));
    }

    private static LocalDate day(ComplaintStore.Row complaint) {
        return complaint.dueAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
