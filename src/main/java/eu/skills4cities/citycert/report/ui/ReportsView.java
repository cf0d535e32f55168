package eu.skills4cities.citycert.report.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.LocalDatePicker;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.report.PeriodCount;
import eu.skills4cities.citycert.report.ReportFigure;
import eu.skills4cities.citycert.report.ReportFilter;
import eu.skills4cities.citycert.report.ReportPage;
import eu.skills4cities.citycert.report.ReportRow;
import eu.skills4cities.citycert.report.Reports;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The reports page for officers, auditors and administrators (exam authors see the item statistics only): a
 * period and a role filter, and per
 * figure a chart (SVG drawn on the server, as an image), the same numbers as a plain table for
 * screen readers, an empty state (also for period figures that are all zero) and a CSV download.
 * The filter is in the address ({@code ?from=&to=&role=}), so a report can be bookmarked and shared.
 * One column that wraps, so it fits a phone.
 */
@Route("reports")
@Menu(order = 9, title = "menu.reports")
@RolesAllowed({Role.CERTIFICATION_OFFICER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.EXAM_AUTHOR_NAME})
class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Reports reports;
    private final CurrentUser user;
    private final ReportCharts charts = new ReportCharts(this::getTranslation);
    private final DatePicker from = new LocalDatePicker();
    private final DatePicker to = new LocalDatePicker();
    private final ComboBox<String> role = new ComboBox<>();
    private final Paragraph problems = new Paragraph();
    private final Div figures = new Div();
    /** The filter as last shown; a download reads it outside the UI's lock. */
    private volatile ReportFilter filter;

    ReportsView(Reports reports, CurrentUserProvider users) {
        this.reports = reports;
        this.user = users.require();
        setMaxWidth("960px");
        setWidthFull();

        from.setId("report-from");
        from.setLabel(getTranslation("report.filter.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("report.filter.to"));
        role.setId("report-role");
        role.setLabel(getTranslation("report.filter.role"));
        role.setPlaceholder(getTranslation("report.filter.all-roles"));
        role.setClearButtonVisible(true);
        role.setItems(reports.roles(user));
        Button show = new Button(getTranslation("report.filter.show"), click -> refresh());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout bar = new FlexLayout(from, to, role, show);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        problems.setId("report-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);
        figures.setWidthFull();

        ReportFilter initial = reports.filter(user, null, null, null);
        from.setValue(initial.from());
        to.setValue(initial.to());
        add(new H2(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")), bar, problems,
                figures);
    }

    /** The filter may come in the address ({@code /reports?from=2026-01-01&to=2026-06-30&role=SCPM}), so a report can be shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        date(query, "from").ifPresent(from::setValue);
        date(query, "to").ifPresent(to::setValue);
        first(query, "role").filter(code -> !code.isBlank()).ifPresent(code -> {
            if (!reports.roles(user).contains(code)) {
                // an unknown role is refused with its reason, not dropped
                role.setItems(Stream.concat(reports.roles(user).stream(), Stream.of(code)).toList());
            }
            role.setValue(code);
        });
        refresh();
    }

    private static Optional<LocalDate> date(Map<String, List<String>> query, String name) {
        try {
            return first(query, name).map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private void refresh() {
        try {
            filter = reports.filter(user, from.getValue(), to.getValue(), role.getValue());
        } catch (InvalidInputException invalid) {
            problems.setText(String.join(" ", UiErrorHandling.sentences(invalid)));
            problems.setVisible(true);
            return;
        }
        problems.setVisible(false);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("reports",
                QueryParameters.simple(address(filter)))));
        ReportPage page = reports.page(user, filter);
        figures.removeAll();
        page.figures().forEach((figure, rows) -> figures.add(section(figure, rows)));
    }

    private static Map<String, String> address(ReportFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", filter.from().toString());
        query.put("to", filter.to().toString());
        if (!filter.allRoles()) {
            query.put("role", filter.roleCode());
        }
        return query;
    }

    private Section section(ReportFigure figure, List<? extends ReportRow> rows) {
        String id = "report-" + figure.path();
        Section section = new Section();
        section.setId(id);
        section.setWidthFull();
        H3 title = new H3(getTranslation("report.figure." + figure.path()));
        Paragraph about = new Paragraph(getTranslation("report.figure." + figure.path() + ".about"));
        Anchor csv = new Anchor(csvDownload(figure), AttachmentType.DOWNLOAD, "");
        csv.add(new Button(getTranslation("report.csv"), VaadinIcon.DOWNLOAD.create()));
        csv.setId(id + "-csv");
        section.add(title, about);
        if (rows.isEmpty() || rows.stream().allMatch(row -> row instanceof PeriodCount count && count.count() == 0)) {
            Paragraph empty = new Paragraph(getTranslation("report.empty"));
            empty.setId(id + "-empty");
            section.add(empty, csv);
            return section;
        }
        String svg = charts.svg(figure, rows);
        Image chart = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("report.chart.alt", getTranslation("report.figure." + figure.path())));
        chart.setId(id + "-chart");
        chart.setWidthFull();
        chart.setMaxWidth(ReportCharts.WIDTH + "px");
        Div scroll = new Div(table(figure, rows));
        scroll.getStyle().set("overflow-x", "auto");
        section.add(chart, scroll, csv);
        return section;
    }

    private NativeTable table(ReportFigure figure, List<? extends ReportRow> rows) {
        NativeTable table = new NativeTable();
        table.setId("report-" + figure.path() + "-table");
        table.setCaptionText(getTranslation("report.figure." + figure.path()));
        NativeTableRow head = table.getHead().addRow();
        figure.columns().forEach(column -> head.addHeaderCell().setText(getTranslation("report.column." + column)));
        for (ReportRow row : rows) {
            NativeTableRow line = table.getBody().addRow();
            List<String> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                line.addDataCell().setText(display(figure.columns().get(i), cells.get(i)));
            }
        }
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        return table;
    }

    /** A cell as people read it: measures and stages in words, rates in per cent. */
    private String display(String column, String value) {
        return switch (column) {
            case "measure" -> getTranslation("report.measure." + value);
            case "stage" -> getTranslation("report.stage." + value);
            case "kind" -> getTranslation("report.kind." + value);
            case "median-days", "item-rest" -> value.isEmpty() ? "–" : value;
            case "pass-rate", "share-right" -> new java.math.BigDecimal(value).movePointRight(2).stripTrailingZeros()
                    .toPlainString() + " %";
            case "route" -> getTranslation("report.route." + value);
            case "review" -> value.isEmpty() ? "" : getTranslation("report.review",
                    Arrays.stream(value.split(" ")).map(reason -> getTranslation("report.review." + reason))
                            .collect(Collectors.joining("; ")));
            default -> value;
        };
    }

    private DownloadHandler csvDownload(ReportFigure figure) {
        return event -> {
            ReportFilter current = filter;
            reports.csv(user, figure, current, event.getUI() == null ? getLocale() : event.getUI().getLocale(), () -> {
                event.setFileName(reports.csvFileName(figure, current));
                event.setContentType("text/csv;charset=UTF-8");
                return event.getOutputStream();
            });
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " | " + getTranslation("app.name");
    }
}
