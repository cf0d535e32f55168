package eu.skills4cities.citycert.application;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import eu.skills4cities.citycert.notification.ByLanguage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the candidate about a change of their application: it was submitted (the confirmation that
 * it arrived), it is closed (certified, partially certified, rejected, not eligible, withdrawn,
 * lapsed), or the reviewer asks for more evidence. A certification's mail links to the holder's
 * certificates as well as to the application.
 *
 * <p>It listens after the change has committed, on another thread and in a transaction of its
 * own ({@link ApplicationModuleListener}): a rolled-back change publishes nothing, and the event
 * publication registry keeps the event, written in the change's transaction, until this listener
 * has queued the mail, so a failure here is retried, not lost (docs/architecture.md, "Events").
 * A retry may run this twice for one event; the mail carries a key naming the change
 * ({@link MailOutbox#queueOnce}), so the candidate gets it once.
 */
@Component
class CandidateMail {

    private static final Logger log = LoggerFactory.getLogger(CandidateMail.class);
    /** The holder's certificates page (the certificate module's "My certificates"), by its address. */
    private static final String CERTIFICATES_PAGE = "certificates";

    private final ApplicationRepository applications;
    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;
    private final ApplicationRoles roles;

    CandidateMail(ApplicationRepository applications, UserAccountService users, MailOutbox mail,
                  AccountLinksProperties links, ApplicationRoles roles) {
        this.applications = applications;
        this.users = users;
        this.mail = mail;
        this.links = links;
        this.roles = roles;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        CertificationApplication application = applications.findById(submitted.applicationId()).orElseThrow();
        send(application, "application-submitted/%s/%s".formatted(submitted.applicationId(), submitted.at()),
                "application-submitted", (ByLanguage) language -> roles.of(application)
                        .map(published -> published.role().title(language).text()).orElse(application.roleCode()));
    }

    @ApplicationModuleListener
    void on(ApplicationStatusChanged change) {
        if (!change.to().closed()) {
            return;
        }
        // an application that lapses while its exam waits lapsed for want of the exam, not of evidence
        String mailKey = change.to() == ApplicationStatus.LAPSED && change.from() == ApplicationStatus.IN_EXAM
                ? "application-exam-lapsed" : "application-" + change.to().name().toLowerCase().replace('_', '-');
        // {4}: where a new certificate is, for the mails of a certification (the others do not use it)
        tell(change.applicationId(), "application-status/%s/%s/%s".formatted(change.applicationId(), change.to(),
                        change.at()),
                mailKey,
                change.reason() == null ? "" : change.reason(), links.publicUrl() + "/" + CERTIFICATES_PAGE);
    }

    @ApplicationModuleListener
    void on(EvidenceRequested request) {
        tell(request.applicationId(), "evidence-requested/%s/%s".formatted(request.applicationId(), request.at()),
                "evidence-requested", request.message(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(request.dueAt().atZone(ZoneOffset.UTC)));
    }

    /**
     * Mails the candidate at once, in the caller's transaction, about something that is no
     * change of status (the reminder of an evidence deadline, from its BPMN timer).
     */
    void tell(CertificationApplication application, String mailKey, String detail, Object... more) {
        send(application, null, mailKey, detail, more);
    }

    private void tell(UUID applicationId, String dedupKey, String mailKey, Object detail, Object... more) {
        send(applications.findById(applicationId).orElseThrow(), dedupKey, mailKey, detail, more);
    }

    /** Queues mail {@code mailKey} with the candidate's name, the number, the link, the detail and any more. */
    private void send(CertificationApplication application, String dedupKey, String mailKey, Object detail,
                      Object... more) {
        // an account erased at its owner's request is not mailed (its address is in the .invalid domain)
        users.findToMail(application.candidateUsername()).filter(candidate -> !candidate.erased())
                .ifPresentOrElse(candidate -> {
                    Object[] args = new Object[4 + more.length];
                    args[0] = candidate.fullName();
                    args[1] = application.number();
                    args[2] = links.publicUrl() + "/" + ApplicationLinks.page(application.id());
                    args[3] = detail;
                    System.arraycopy(more, 0, args, 4, more.length);
                    mail.queueOnce(dedupKey, candidate.email(), mailKey, args);
                }, () -> log.info("Application {}: candidate {} has no account to mail, or it was erased",
                        application.number(), application.candidateUsername()));
    }
}
