package eu.skills4cities.citycert.security;

import java.util.List;

import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators, who run the system, should look at: the mail that fails to go out (the
 * outbox's failing messages) and the process engine's open incidents (a job that failed every retry,
 * such as an issue step whose seal could not be made). Only administrators may ask.
 */
@Service
public class OperatorAlerts {

    /** The engine's Cockpit, where incidents are read and jobs retried, relative to the application's root. */
    public static final String COCKPIT = "camunda/app/cockpit/default/";

    private final MailOutbox mail;
    private final RuntimeService runtime;

    OperatorAlerts(MailOutbox mail, RuntimeService runtime) {
        this.mail = mail;
        this.runtime = runtime;
    }

    /** How many messages fail to be delivered. */
    @Transactional(readOnly = true)
    public long failingMailCount(CurrentUser user) {
        requireAdmin(user);
        return mail.failingCount();
    }

    /** A page of the messages that fail to be delivered, the newest first. */
    @Transactional(readOnly = true)
    public List<MailMessage> failingMail(CurrentUser user, int offset, int limit) {
        requireAdmin(user);
        return mail.failing(offset, limit);
    }

    /** True when the dispatcher has given up on the message (it tried as often as it tries). */
    public static boolean givenUp(MailMessage message) {
        return message.attempts() >= MailOutbox.MAX_ATTEMPTS;
    }

    /** How many incidents the engine holds open (Cockpit lists them). */
    @Transactional(readOnly = true)
    public long incidentCount(CurrentUser user) {
        requireAdmin(user);
        return runtime.createIncidentQuery().count();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw RefusedException.forbidden("problem.operator.admin-only");
        }
    }
}
