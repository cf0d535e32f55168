package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is told when work has waited too long: the lead a setting names (a username, or the address of
 * somebody without an account) or else every administrator. The staff tasks' escalation
 * ({@code inbox.TaskEscalations}) and the complaints' ({@code complaint.ComplaintEscalations}) ask it.
 */
@Component
public class EscalationRecipients {

    private static final Logger log = LoggerFactory.getLogger(EscalationRecipients.class);

    private final UserAccountService users;

    EscalationRecipients(UserAccountService users) {
        this.users = users;
    }

    /** Who is told: a name to greet, the address, and what the record keeps (a username or the address). */
    public record Recipient(String name, String email, String recorded) {

        static Recipient of(UserProfile user) {
            return new Recipient(user.fullName(), user.email(), user.username());
        }
    }

    /**
     * The lead when one is set and known, else every administrator. A lead without an account, and nobody
     * to tell at all, are logged with the setting and what is escalated, so an operator knows where to look.
     *
     * @param lead    a username or an email address; null or blank for the administrators
     * @param setting the setting that names the lead, for the log
     * @param what    what is escalated, for the log (such as the complaint and its number)
     */
    public List<Recipient> leadOrAdministrators(String lead, String setting, String what) {
        Optional<String> named = Optional.ofNullable(lead).map(String::strip).filter(name -> !name.isEmpty());
        if (named.isPresent() && named.get().contains("@")) {
            return List.of(new Recipient(named.get(), named.get(), named.get()));
        }
        Optional<UserProfile> account = named.flatMap(users::find).filter(user -> !user.erased());
        if (account.isPresent()) {
            return List.of(Recipient.of(account.get()));
        }
        if (named.isPresent()) {
            log.warn("The lead {} ({}) has no account; {} is escalated to the administrators", named.get(), setting,
                    what);
        }
        List<Recipient> administrators = users.withRole(Role.ADMIN).stream().filter(admin -> !admin.erased())
                .map(Recipient::of).toList();
        if (administrators.isEmpty()) {
            log.warn("Nobody to tell about {}: no lead, no administrator", what);
        }
        return administrators;
    }
}
