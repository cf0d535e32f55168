package eu.skills4cities.citycert.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.skills4cities.citycert.audit.AuditApplications;
import eu.skills4cities.citycert.audit.AuditEntry;
import eu.skills4cities.citycert.audit.AuditLog;
import java.util.List;
import java.util.Optional;

import eu.skills4cities.citycert.base.AttentionTile;
import eu.skills4cities.citycert.base.AttentionTiles;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.RoleHomeSection;
import eu.skills4cities.citycert.security.Role;

/**
 * The auditor's and administrator's part of the start page: how many applications there are to
 * audit, how far the audit log reaches, and the ways into the workspace.
 */
@org.springframework.stereotype.Component
class AuditorHome extends RoleHomeSection {

    private final AuditApplications applications;
    private final AuditLog log;

    AuditorHome(AuditApplications applications, AuditLog log, CurrentUserProvider users) {
        super(users, Role.AUDITORS);
        this.applications = applications;
        this.log = log;
    }

    @Override
    public int order() {
        return 30;
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
            long submitted = applications.count(user(), "");
            Paragraph figures = new Paragraph(getTranslation("home.audit.applications", submitted));
            figures.setId("auditor-home-applications");
            Optional<AuditEntry> head = log.head();
            Paragraph chain = new Paragraph(head
                    .map(entry -> getTranslation("home.audit.log", entry.sequence(),
                            DateDisplay.dateTime(entry.occurredAt(), getLocale())))
                    .orElseGet(() -> getTranslation("home.audit.log-empty")));
            chain.setId("auditor-home-log");
            // the figures as tiles, like the other roles' start page; the sentences say them whole below
            AttentionTiles tiles = new AttentionTiles("auditor-home-tiles", getTranslation("home.audit.title"), List.of(
                    new AttentionTile("auditor-home-applications-tile", "audit/applications",
                            getTranslation("home.tile.audit-applications"), submitted),
                    new AttentionTile("auditor-home-log-tile", "audit/log", getTranslation("home.tile.audit-log"),
                            head.map(AuditEntry::sequence).orElse(0L))));
            layout.add(tiles, figures, chain, new Anchor("reports", getTranslation("home.audit.go.reports")));
        }
    }
}
