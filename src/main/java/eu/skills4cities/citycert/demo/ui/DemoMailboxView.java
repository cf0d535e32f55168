package eu.skills4cities.citycert.demo.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.notification.MailMessage;
import eu.skills4cities.citycert.notification.MailOutbox;
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
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The demo's mailbox: every message CityCert has written, so that a demo needs no mail
 * server to follow a verification or reset link. It exists only in the demo profile;
 * anywhere else the address is unknown.
 */
@Route(value = "demo/mailbox", autoLayout = false)
@AnonymousAllowed
class DemoMailboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final MailOutbox mail;
    private final boolean demo;

    DemoMailboxView(MailOutbox mail, Environment environment) {
        this.mail = mail;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!demo) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")));
        for (MailMessage message : mail.recent(50)) {
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
