package eu.skills4cities.citycert.audit.ui;

import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.application.ApplicationBadges;
import eu.skills4cities.citycert.base.StatusBadge;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.skills4cities.citycert.application.ApplicationLinks;
import eu.skills4cities.citycert.audit.ApplicationCaseRecord;
import eu.skills4cities.citycert.audit.CaseFileExport;
import eu.skills4cities.citycert.audit.CaseRecord;
import eu.skills4cities.citycert.audit.CaseRecordEntry;
import eu.skills4cities.citycert.audit.CaseRecordHeader;
import eu.skills4cities.citycert.audit.CaseRecordKind;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.NotFoundException;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The case record of one application: the application's header, its documents with their
 * SHA-256, and every entry in time order (when, who, what, why), with a filter by kind. Auditors
 * and administrators see all of it and the two case-file exports; a reviewer, assessor or officer
 * sees their own part of an application their work opens, from the task screen (the same rule
 * as {@code GET /api/audit/applications/{id}/record}; {@link CaseRecord} decides).
 */
@Route("audit/applications/:id")
@RolesAllowed({Role.REVIEWER_NAME, Role.ASSESSOR_NAME, Role.CERTIFICATION_OFFICER_NAME, Role.AUDITOR_NAME,
        Role.ADMIN_NAME, Role.APPEALS_PANEL_NAME})
class CaseRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseRecord records;
    private final CaseFileExport export;
    private final CurrentUserProvider users;
    private String title = "";

    private final FrameworkCatalogue framework;

    CaseRecordView(CaseRecord records, CaseFileExport export, CurrentUserProvider users,
                   FrameworkCatalogue framework) {
        this.framework = framework;
        this.records = records;
        this.export = export;
        this.users = users;
        setSizeFull();
    }

    /** The path of an application's case record. */
    static String path(UUID applicationId) {
        return "audit/applications/" + applicationId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CurrentUser user = users.require();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(user, records.of(user, id));
        } catch (IllegalArgumentException | NotFoundException e) {
            Paragraph notFound = new Paragraph(getTranslation("application.not-found"));
            notFound.setId("not-found");
            add(notFound);
            title = getTranslation("application.not-found");
        }
    }

    private void show(CurrentUser user, ApplicationCaseRecord record) {
        CaseRecordHeader header = record.header();
        title = getTranslation("case-record.title", header.number());
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(span("case-record-candidate", header.candidateName() + " (" + header.candidateUsername() + ")"),
                getTranslation("case-record.header.candidate"));
        // the role's title in the reader's language, from the version the application is judged against (the
        // published one for an application made before frameworks were versioned)
        java.util.UUID version = header.frameworkVersionId();
        String role = framework.titles(version == null ? List.of() : List.of(version), getLocale())
                .role(version, header.roleCode(), header.roleTitle()).text();
        facts.addFormItem(span("case-record-role", header.roleCode() + " – " + role),
                getTranslation("case-record.header.role"));
        StatusBadge status = new StatusBadge(getTranslation("status." + header.status().name()),
                ApplicationBadges.tone(header.status()));
        status.setId("case-record-status");
        facts.addFormItem(status,
                getTranslation("case-record.header.status"));
        facts.addFormItem(span("case-record-submitted", date(header.submittedAt())),
                getTranslation("case-record.header.submitted"));
        facts.addFormItem(span("case-record-decided", date(header.decidedAt())),
                getTranslation("case-record.header.decided"));
        facts.addFormItem(span("case-record-certificates", String.join(", ", header.certificates())),
                getTranslation("case-record.header.certificates"));

        UnorderedList documents = new UnorderedList();
        documents.setId("case-record-documents");
        header.documents().forEach(d -> documents.add(new ListItem((d.title() == null ? "" : d.title() + " – ")
                + d.fileName() + " · SHA-256 " + d.sha256())));

        Anchor application = new Anchor(ApplicationLinks.page(header.id()), getTranslation("case-record.open-application"));
        application.setId("case-record-application");
        HorizontalLayout actions = new HorizontalLayout();
        if (record.complete()) {
            // the case file is the whole record: for auditors and administrators only
            actions.add(download("case-record-export-pdf", "case-record.export.pdf", VaadinIcon.FILE_TEXT,
                            handler(user, header.id(), true)),
                    download("case-record-export-zip", "case-record.export.zip", VaadinIcon.ARCHIVE,
                            handler(user, header.id(), false)),
                    application, new Anchor("audit/applications", getTranslation("case-record.back")));
        } else {
            actions.add(application, new Anchor("inbox", getTranslation("case-record.back-to-inbox")));
        }
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        Grid<CaseRecordEntry> grid = new Grid<>();
        grid.setId("case-record-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> date(e.at())).setKey("when").setHeader(getTranslation("case-record.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseRecordEntry::actor).setKey("who").setHeader(getTranslation("case-record.column.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::what).setKey("what").setHeader(getTranslation("case-record.column.what")).setFlexGrow(2);
        grid.addColumn(this::why).setKey("why").setHeader(getTranslation("case-record.column.why")).setFlexGrow(3);
        grid.setItems(record.entries());

        Span count = new Span(getTranslation("case-record.count", record.entries().size()));
        count.setId("case-record-count");
        ComboBox<CaseRecordKind> filter = new ComboBox<>(getTranslation("case-record.filter"));
        filter.setId("case-record-filter");
        filter.setPlaceholder(getTranslation("case-record.filter.placeholder"));
        filter.setClearButtonVisible(true);
        filter.setItems(record.entries().stream().map(CaseRecordEntry::kind).distinct().sorted().toList());
        filter.setItemLabelGenerator(kind -> getTranslation("case-record.kind." + kind.name()));
        filter.addValueChangeListener(change -> {
            List<CaseRecordEntry> shown = change.getValue() == null ? record.entries()
                    : record.entries().stream().filter(e -> e.kind() == change.getValue()).toList();
            grid.setItems(shown);
            count.setText(getTranslation("case-record.count", shown.size()));
        });
        Paragraph empty = new Paragraph(getTranslation("case-record.empty"));
        empty.setId("case-record-empty");
        empty.setVisible(record.entries().isEmpty());
        grid.setVisible(!record.entries().isEmpty());
        HorizontalLayout bar = new HorizontalLayout(filter, count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2(title), new Paragraph(getTranslation("case-record.subtitle")), facts,
                new H3(getTranslation("case-record.header.documents")), documents, actions, bar, empty, grid);
        if (!record.complete()) {
            Paragraph part = new Paragraph(getTranslation("case-record.part"));
            part.setId("case-record-part");
            addComponentAtIndex(2, part);
        }
    }

    private String what(CaseRecordEntry entry) {
        String kind = getTranslation("case-record.kind." + entry.kind().name());
        return entry.subject() == null ? kind : kind + ": " + entry.subject();
    }

    private String why(CaseRecordEntry entry) {
        String facts = facts(entry.facts());
        if (entry.reason() == null) {
            return facts;
        }
        return facts.isEmpty() ? entry.reason() : entry.reason() + " — " + facts;
    }

    private String facts(Map<String, String> facts) {
        return facts.entrySet().stream().map(f -> label(f.getKey()) + ": " + f.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** A fact's name in words; element codes and the decision table's own names stay as recorded. */
    private String label(String fact) {
        String key = "case-record.fact." + fact;
        String label = getTranslation(key);
        return label == null || label.isBlank() || label.contains(key) ? fact : label;
    }

    private DownloadHandler handler(CurrentUser user, UUID id, boolean pdf) {
        return event -> {
            CaseFileExport.Download file = pdf ? export.pdf(user, id, getLocale()) : export.zip(user, id, getLocale());
            event.setFileName(file.fileName());
            event.setContentType(pdf ? "application/pdf" : "application/zip");
            event.getOutputStream().write(file.content());
        };
    }

    private Anchor download(String id, String labelKey, VaadinIcon icon, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(new Button(getTranslation(labelKey), icon.create()));
        anchor.setId(id);
        return anchor;
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private String date(Instant at) {
        return at == null ? "–" : DateDisplay.dateTime(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
