package eu.skills4cities.citycert.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
import eu.skills4cities.citycert.security.AccountRegistered;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who sees which mail in the demo mailbox. The mailbox stands in for a mail server, so it
 * must never show a visitor a mail that could open somebody else's account (a password reset
 * link of {@code admin}, say):
 * <ul>
 *   <li>a signed-in administrator sees every mail;</li>
 *   <li>anyone else sees only the mail to addresses whose accounts were created by a
 *       registration in this same browser session (the HTTP session, whether the
 *       registration came through the page or the API). A registration with a taken name
 *       or address creates no account and so opens nothing here.</li>
 * </ul>
 * Exists only in the demo profile.
 */
@Component
@Profile("demo")
public class DemoMailbox {

    static final String SESSION_ATTRIBUTE = DemoMailbox.class.getName() + ".addresses";
    static final int SHOWN = 50;

    private final MailOutbox mail;

    DemoMailbox(MailOutbox mail) {
        this.mail = mail;
    }

    /** Remembers the new account's address in the registrant's browser session. */
    @EventListener
    void registered(AccountRegistered registration) {
        currentSession().ifPresent(session -> {
            Set<String> addresses = new LinkedHashSet<>(addresses(session));
            addresses.add(registration.email().toLowerCase(Locale.ROOT));
            session.put(addresses);
        });
    }

    /** The mail this reader may see, newest first. */
    public List<MailMessage> visibleTo(Optional<CurrentUser> reader) {
        if (reader.map(user -> user.has(Role.ADMIN)).orElse(false)) {
            return mail.recent(SHOWN);
        }
        return currentSession().map(session -> mail.recentTo(addresses(session), SHOWN)).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> addresses(Session session) {
        Object stored = session.get();
        return stored instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    /** The HTTP session of this request: Spring MVC's (the API) or Vaadin's (the pages), the same one in a browser. */
    private static Optional<Session> currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpSession http = servlet.getRequest().getSession(true);
            return Optional.of(new Session(() -> http.getAttribute(SESSION_ATTRIBUTE),
                    value -> http.setAttribute(SESSION_ATTRIBUTE, value)));
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            WrappedSession wrapped = vaadin.getSession();
            return Optional.of(new Session(() -> wrapped.getAttribute(SESSION_ATTRIBUTE),
                    value -> wrapped.setAttribute(SESSION_ATTRIBUTE, value)));
        }
        return Optional.empty();
    }

    private record Session(java.util.function.Supplier<Object> reader, java.util.function.Consumer<Object> writer) {
        Object get() {
            return reader.get();
        }

        void put(Object value) {
            writer.accept(value);
        }
    }
}
