package eu.skills4cities.citycert.demo.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.List;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.demo.DemoMailbox;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo's mailbox, so that a demo needs no mail server to follow a verification or reset
 * link. A visitor sees only the mail of accounts they registered in this browser session, an
 * administrator all of it ({@link DemoMailbox}). It exists only in the demo profile; anywhere
 * else the address is unknown.
 */
@Route(value = "demo/mailbox", autoLayout = false)
@AnonymousAllowed
class DemoMailboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;
    private final CurrentUserProvider currentUser;

    /** The mailbox bean exists in the demo profile only. */
    DemoMailboxView(ObjectProvider<DemoMailbox> mailbox, CurrentUserProvider currentUser) {
        this.mailbox = mailbox.getIfAvailable();
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (mailbox == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")));
        List<MailMessage> messages = mailbox.visibleTo(currentUser.find());
        if (messages.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("mailbox.empty"));
            empty.setId("mailbox-empty");
            add(empty);
        }
        for (MailMessage message : messages) {
            VerticalLayout content = new VerticalLayout(new Pre(message.body()));
            content.setPadding(false);
            Matcher links = LINK.matcher(message.body());
            while (links.find()) {
                content.add(new Anchor(links.group(), links.group()));
            }
            add(new Details(DateDisplay.dateTime(message.createdAt(), getLocale()) + " · " + message.recipient()
                    + " · " + message.subject(), content));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " | " + getTranslation("app.name");
    }
}
