package eu.skills4cities.citycert.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.audit.AuditApplications;
import eu.skills4cities.citycert.audit.AuditLog;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.HomeSection;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;

/**
 * The auditor's and administrator's part of the start page: how many applications there are to
 * audit, how far the audit log reaches, and the ways into the workspace.
 */
@org.springframework.stereotype.Component
class AuditorHome implements HomeSection {

    private final AuditApplications applications;
    private final AuditLog log;
    private final CurrentUserProvider users;

    AuditorHome(AuditApplications applications, AuditLog log, CurrentUserProvider users) {
        this.applications = applications;
        this.log = log;
        this.users = users;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean shown() {
        return users.find().filter(user -> user.hasAnyOf(Role.AUDITORS)).isPresent();
    }

    @Override
    public Component content() {
        return new Content();
    }

    private final class Content extends Composite<VerticalLayout> {
        Content() {
            VerticalLayout layout = getContent();
            layout.setPadding(false);
            layout.setId("auditor-home");
            long submitted = applications.count(users.require(), "");
            Paragraph figures = new Paragraph(getTranslation("home.audit.applications", submitted));
            figures.setId("auditor-home-applications");
            Paragraph chain = new Paragraph(log.head()
                    .map(head -> getTranslation("home.audit.log", head.sequence(),
                            DateDisplay.dateTime(head.occurredAt(), getLocale())))
                    .orElseGet(() -> getTranslation("home.audit.log-empty")));
            chain.setId("auditor-home-log");
            layout.add(new H3(getTranslation("home.audit.title")), figures,
                    new Anchor("audit/applications", getTranslation("home.audit.go.applications")), chain,
                    new Anchor("audit/log", getTranslation("home.audit.go.log")),
                    new Anchor("reports", getTranslation("home.audit.go.reports")));
        }
    }
}
