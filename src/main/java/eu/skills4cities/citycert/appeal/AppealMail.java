package eu.skills4cities.citycert.appeal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountLinksProperties;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The appeal's mails, queued in the transaction of the step they tell of (the outbox is
 * transactional): receipt, requests and their reminders, the progress notice, the outcome, and the
 * panel's escalation. Every mail names the appeal's number; an erased account is not mailed.
 */
@Component
class AppealMail {

    private static final Logger log = LoggerFactory.getLogger(AppealMail.class);

    private final MailOutbox outbox;
    private final UserAccountService users;
    private final AccountLinksProperties links;

    AppealMail(MailOutbox outbox, UserAccountService users, AccountLinksProperties links) {
        this.outbox = outbox;
        this.users = users;
        this.links = links;
    }

    /** Mails the appellant {@code mail.appeal-<key>}: name, number, link, then the given arguments. */
    void toAppellant(AppealStore.Row appeal, String key, Object... more) {
        users.find(appeal.appellant()).filter(account -> !account.erased()).ifPresentOrElse(account -> {
            Object[] args = new Object[3 + more.length];
            args[0] = account.fullName();
            args[1] = appeal.number();
            args[2] = links.publicUrl() + "/appeals/" + appeal.id();
            System.arraycopy(more, 0, args, 3, more.length);
            outbox.queue(account.email(), "appeal-" + key, args);
        }, () -> log.info("Appeal {}: appellant {} has no account to mail", appeal.number(), appeal.appellant()));
    }

    /** Tells every panel member that the appeal's answer is overdue. */
    void escalated(AppealStore.Row appeal) {
        users.withRole(Role.APPEALS_PANEL).stream().filter(member -> !member.erased()).forEach(member ->
                outbox.queue(member.email(), "appeal-escalated", member.fullName(), appeal.number(),
                        links.publicUrl() + "/appeals/panel/" + appeal.id(), date(appeal.dueAt())));
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
