package eu.skills4cities.citycert.certificate.register.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.LocalDatePicker;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateBadges;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.register.CertificateRegister;
import eu.skills4cities.citycert.certificate.register.RegisterEntry;
import eu.skills4cities.citycert.certificate.register.RegisterQuery;
import eu.skills4cities.citycert.certificate.register.RegisterSort;
import eu.skills4cities.citycert.certificate.register.ScopeReductions;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The register of certificates for staff: filters, a lazily loaded page-by-page list, the CSV
 * export of what the filters find, and each certificate's details and history. Certification
 * officers also suspend, reinstate and withdraw certificates from the details.
 */
@Route("certificate-register")
@Menu(order = 6, title = "menu.certificate-register")
@RolesAllowed({Role.CERTIFICATION_OFFICER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class CertificateRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final CertificateRegister register;
    private final CertificateService certificates;
    private final ScopeReductions reductions;
    private final CurrentUser user;
    private final Grid<RegisterEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private final Paragraph problems = new Paragraph();
    private final Anchor export;

    private final TextField number = new TextField();
    private final TextField holder = new TextField();
    private final Select<String> role = new Select<>();
    private final Select<CertificateStatus> status = new Select<>();
    private final DatePicker issuedFrom = new LocalDatePicker();
    private final DatePicker issuedTo = new LocalDatePicker();
    /** The filters as last applied; the export reads it outside the UI's lock. */
    private volatile RegisterQuery query = RegisterQuery.all();

    private final ContentTitles titles;

    CertificateRegisterView(CertificateRegister register, ScopeReductions reductions, CertificateService certificates,
                            FrameworkCatalogue framework, CurrentUserProvider users) {
        this.register = register;
        this.reductions = reductions;
        // read once for the page's life (built again on a language switch), never per row
        this.titles = framework.titles(List.of(), getLocale());
        this.certificates = certificates;
        this.user = users.require();
        setSizeFull();
        count.setId("register-count");
        empty.setId("register-empty");
        empty.setText(getTranslation("certificate-register.empty"));
        problems.setId("register-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");

        grid.setId("register-grid");
        grid.addColumn(RegisterEntry::number).setKey("number")
                .setHeader(getTranslation("certificate-register.column.number"));
        // a long name must not push the other columns off a laptop's screen: it shares the room left and is cut
        // with an ellipsis, its whole text in the tooltip (the width is fixed after the auto widths below)
        Grid.Column<RegisterEntry> holderColumn = grid.addColumn(RegisterEntry::holderName).setKey("holder")
                .setHeader(getTranslation("certificate-register.column.holder"))
                .setTooltipGenerator(RegisterEntry::holderName);
        grid.addColumn(this::certified).setKey("role")
                .setHeader(getTranslation("certificate-register.column.role")).setFlexGrow(2);
        grid.addColumn(e -> DateDisplay.date(e.issuedOn(), getLocale())).setKey("issued")
                .setHeader(getTranslation("certificate-register.column.issued"));
        grid.addColumn(e -> DateDisplay.date(e.validUntil(), getLocale())).setKey("valid")
                .setHeader(getTranslation("certificate-register.column.valid"));
        grid.addColumn(StatusBadge.renderer(e -> getTranslation("certificate-register.status." + e.status().name()),
                        e -> CertificateBadges.tone(e.status()))).setKey("status")
                .setHeader(getTranslation("certificate-register.column.status"));
        // a renderer, not a component per row: a click reaches the server even when the row renders anew
        // between the press and the release (a component's click is then lost with the old component)
        grid.addColumn(LitRenderer.<RegisterEntry>of("""
                        <vaadin-button theme="small tertiary" id="details-${item.number}" @click="${details}"
                        >${item.label}</vaadin-button>""")
                        .withProperty("number", RegisterEntry::number)
                        .withProperty("label", entry -> getTranslation("certificate-register.details"))
                        .withFunction("details", entry -> openDetails(entry.number())))
                .setKey("details").setFrozenToEnd(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        holderColumn.setAutoWidth(false).setWidth("10rem").setFlexGrow(1);
        // a page at a time with the count, like the inbox; the filters carry the order
        grid.setItems(page -> query.problems().isEmpty()
                        ? register.search(user, query, page.getOffset(),
                        Math.min(page.getLimit(), CertificateRegister.MAX_PAGE_SIZE)).stream() : Stream.empty(),
                page -> query.problems().isEmpty() ? (int) register.count(user, query) : 0);
        grid.addItemDoubleClickListener(click -> openDetails(click.getItem().number()));

        export = new Anchor(csvExport(), AttachmentType.DOWNLOAD, "");
        export.add(new Button(getTranslation("certificate-register.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("register-export");

        add(new H2(getTranslation("certificate-register.title")), filters(framework), problems, count, empty, grid);
        refresh();
    }

    /** The CSV of what the filters find, streamed from the register as it is read. */
    private DownloadHandler csvExport() {
        return event -> {
            RegisterQuery filters = query;
            register.export(user, filters, event.getUI() == null ? getLocale() : event.getUI().getLocale(), () -> {
                event.setFileName(register.exportFileName());
                event.setContentType("text/csv;charset=UTF-8");
                return event.getOutputStream();
            });
        };
    }

    private HorizontalLayout filters(FrameworkCatalogue framework) {
        number.setId("filter-number");
        number.setLabel(getTranslation("certificate-register.filter.number"));
        number.setPlaceholder(getTranslation("certificate-register.filter.number.placeholder"));
        number.setClearButtonVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        holder.setId("filter-holder");
        holder.setLabel(getTranslation("certificate-register.filter.holder"));
        holder.setClearButtonVisible(true);
        holder.setValueChangeMode(ValueChangeMode.LAZY);
        Map<String, String> roles = new LinkedHashMap<>();
        // the published roles, by title; one entry per code even when several frameworks publish it
        framework.publishedRoles().forEach(p -> roles.putIfAbsent(p.role().code(), p.role().title(getLocale()).text()));
        role.setId("filter-role");
        role.setLabel(getTranslation("certificate-register.filter.role"));
        // wide enough for the longest role title with its code, and its list as wide (overlay)
        role.setWidth("28rem");
        role.getStyle().set("--vaadin-select-overlay-width", "28rem");
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("certificate-register.filter.any"));
        role.setItems(roles.keySet());
        role.setItemLabelGenerator(code -> code == null ? getTranslation("certificate-register.filter.any")
                : roles.get(code) + " (" + code + ")");
        status.setId("filter-status");
        status.setLabel(getTranslation("certificate-register.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("certificate-register.filter.any"));
        status.setItems(CertificateStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("certificate-register.filter.any")
                : getTranslation("certificate-register.status." + s.name()));
        issuedFrom.setId("filter-issued-from");
        issuedFrom.setLabel(getTranslation("certificate-register.filter.issued-from"));
        issuedFrom.setClearButtonVisible(true);
        issuedTo.setId("filter-issued-to");
        issuedTo.setLabel(getTranslation("certificate-register.filter.issued-to"));
        issuedTo.setClearButtonVisible(true);
        number.addValueChangeListener(change -> refresh());
        holder.addValueChangeListener(change -> refresh());
        role.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        issuedFrom.addValueChangeListener(change -> refresh());
        issuedTo.addValueChangeListener(change -> refresh());
        HorizontalLayout bar = new HorizontalLayout(number, holder, role, status, issuedFrom, issuedTo, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** Applies the filters: a search that makes no sense says why and shows nothing. */
    private void refresh() {
        query = new RegisterQuery(number.getValue(), holder.getValue(), role.getValue(), status.getValue(),
                issuedFrom.getValue(), issuedTo.getValue(), null, null, RegisterSort.ISSUED_ON, true);
        List<UserMessage> wrong = query.problems();
        problems.setText(String.join(" ", wrong.stream().map(p -> getTranslation(p.key(), p.getArguments())).toList()));
        problems.setVisible(!wrong.isEmpty());
        issuedTo.setInvalid(!wrong.isEmpty() && issuedFrom.getValue() != null && issuedTo.getValue() != null
                && issuedFrom.getValue().isAfter(issuedTo.getValue()));
        export.setEnabled(wrong.isEmpty());
        grid.getDataProvider().refreshAll();
        long total = wrong.isEmpty() ? register.count(user, query) : 0;
        count.setText(getTranslation("certificate-register.count", total));
        count.setVisible(wrong.isEmpty());
        empty.setVisible(wrong.isEmpty() && total == 0);
        grid.setVisible(total > 0);
    }

    /** The role (or unit and role) in the reader's language, from the published framework; else as recorded. */
    private String certified(RegisterEntry entry) {
        String role = titles.role(null, entry.roleCode(), entry.roleTitle()).text();
        return entry.unitCertificate() ? getTranslation("certificates.unit-of",
                titles.unit(null, entry.roleCode(), entry.unitCode(), entry.unitTitle()).text(), role) : role;
    }

    /** Opens the certificate's details; after a decision they open again with its new status and history. */
    private void openDetails(String certificateNumber) {
        register.entry(user, certificateNumber).ifPresent(entry -> new CertificateDetailsDialog(register,
                reductions, certificates, user, entry, titles, () -> {
                    refresh();
                    openDetails(certificateNumber);
                }).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate-register.title") + " | " + getTranslation("app.name");
    }
}
