package eu.skills4cities.citycert.audit.ui;

import eu.skills4cities.citycert.application.ApplicationBadges;
import eu.skills4cities.citycert.base.StatusBadge;
import java.time.Instant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.application.SubmittedApplication;
import eu.skills4cities.citycert.audit.AuditApplications;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every submitted application for auditors and administrators, read-only: one search field, a
 * lazily loaded page-by-page list, the CSV export of what the search finds, and from each row a
 * link to the application's page and a button to its case record ({@link CaseRecordView}).
 */
@Route("audit/applications")
@Menu(order = 7, title = "menu.audit-applications")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
class AuditApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final AuditApplications applications;
    private final CurrentUser user;
    private final Grid<SubmittedApplication> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    /** The search as last applied; the export reads it outside the UI's lock. */
    private volatile String text = "";

    AuditApplicationsView(AuditApplications applications, CurrentUserProvider users) {
        this.applications = applications;
        this.user = users.require();
        setSizeFull();
        count.setId("audit-applications-count");
        empty.setId("audit-applications-empty");
        empty.setText(getTranslation("audit-applications.empty"));

        grid.setId("audit-applications-grid");
        grid.addColumn(LitRenderer.<SubmittedApplication>of("<a href=\"${item.href}\">${item.number}</a>")
                        .withProperty("href", a -> ApplicationLinks.page(a.id()))
                        .withProperty("number", SubmittedApplication::number))
                .setKey("number").setHeader(getTranslation("audit-applications.column.number"));
        grid.addColumn(SubmittedApplication::candidateName).setKey("candidate")
                .setHeader(getTranslation("audit-applications.column.candidate"));
        grid.addColumn(SubmittedApplication::roleCode).setKey("role")
                .setHeader(getTranslation("audit-applications.column.role"));
        grid.addColumn(StatusBadge.renderer(a -> getTranslation("status." + a.status().name()),
                        a -> ApplicationBadges.tone(a.status()))).setKey("status")
                .setHeader(getTranslation("audit-applications.column.status"));
        grid.addColumn(a -> date(a.submittedAt())).setKey("submitted")
                .setHeader(getTranslation("audit-applications.column.submitted"));
        grid.addColumn(a -> date(a.decidedAt())).setKey("decided")
                .setHeader(getTranslation("audit-applications.column.decided"));
        grid.addColumn(SubmittedApplication::reviewer).setKey("reviewer")
                .setHeader(getTranslation("audit-applications.column.reviewer"));
        grid.addColumn(SubmittedApplication::assessor).setKey("assessor")
                .setHeader(getTranslation("audit-applications.column.assessor"));
        grid.addColumn(SubmittedApplication::decider).setKey("decider")
                .setHeader(getTranslation("audit-applications.column.decider"));
        // a renderer, not a component per row: a click reaches the server even when the row renders anew
        grid.addColumn(LitRenderer.<SubmittedApplication>of("""
                        <vaadin-button theme="small tertiary" id="open-${item.number}" @click="${open}"
                        >${item.label}</vaadin-button>""")
                        .withProperty("number", SubmittedApplication::number)
                        .withProperty("label", a -> getTranslation("audit-applications.open-record"))
                        .withFunction("open", a -> UI.getCurrent().navigate(CaseRecordView.path(a.id()))))
                .setKey("open").setFrozenToEnd(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(page -> applications.search(user, text, page.getOffset(),
                        Math.min(page.getLimit(), AuditApplications.MAX_PAGE_SIZE)).stream(),
                page -> (int) applications.count(user, text));

        search.setId("audit-applications-search");
        search.setLabel(getTranslation("audit-applications.search"));
        search.setPlaceholder(getTranslation("audit-applications.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        Anchor export = new Anchor(csvExport(), AttachmentType.DOWNLOAD, "");
        export.add(new Button(getTranslation("audit-applications.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("audit-applications-export");
        HorizontalLayout bar = new HorizontalLayout(search, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("audit-applications.title")), bar, count, empty, grid);
        refresh();
    }

    private DownloadHandler csvExport() {
        return event -> {
            String current = text;
            applications.export(user, current, event.getUI() == null ? getLocale() : event.getUI().getLocale(), () -> {
                event.setFileName(applications.exportFileName());
                event.setContentType("text/csv;charset=UTF-8");
                return event.getOutputStream();
            });
        };
    }

    private void refresh() {
        text = search.getValue();
        grid.getDataProvider().refreshAll();
        long total = applications.count(user, text);
        count.setText(getTranslation("audit-applications.count", total));
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
    }

    private String date(Instant at) {
        return DateDisplay.dateTime(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit-applications.title") + " | " + getTranslation("app.name");
    }
}
