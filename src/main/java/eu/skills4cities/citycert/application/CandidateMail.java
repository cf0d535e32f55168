package eu.skills4cities.citycert.application;

import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.UserAccountService;
import org.springframework.stereotype.Component;

/** The mail a candidate gets about their application: through the outbox, with a link to the application. */
@Component
class CandidateMail {

    private final UserAccountService users;
    private final MailOutbox mail;
    private final AccountLinksProperties links;

    CandidateMail(UserAccountService users, MailOutbox mail, AccountLinksProperties links) {
        this.users = users;
        this.mail = mail;
        this.links = links;
    }

    /** Mails the candidate about a change that needs their attention, with a link to the application. */
    void tell(CertificationApplication application, String mailKey, String detail, Object... more) {
        Object[] args = new Object[4 + more.length];
        users.find(application.candidateUsername()).ifPresent(candidate -> {
            args[0] = candidate.fullName();
            args[1] = application.number();
            args[2] = links.publicUrl() + "/" + ApplicationLinks.page(application.id());
            args[3] = detail;
            System.arraycopy(more, 0, args, 4, more.length);
            mail.queue(candidate.email(), mailKey, args);
        });
    }

}
