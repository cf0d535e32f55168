package eu.skills4cities.citycert.report.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.report.CycleStage;
import eu.skills4cities.citycert.report.PeriodMeasure;
import eu.skills4cities.citycert.report.ReportFigure;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewTest extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private String role;

    @BeforeEach
    void seeded() {
        role = eu.skills4cities.citycert.report.ReportSeedAccess.write(jdbc);
    }

    @Test
    void an_officer_sees_each_figure_as_a_chart_a_table_and_a_csv_download() {
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(ReportsView.class);
        showYear(role);

        for (ReportFigure figure : ReportFigure.values()) {
            _assertOne(Section.class, spec -> spec.withId("report-" + figure.path()));
            _assertOne(Anchor.class, spec -> spec.withId("report-" + figure.path() + "-csv"));
        }
        Image chart = _get(Image.class, spec -> spec.withId("report-cycle-times-chart"));
        String svg = new String(Base64.getDecoder().decode(chart.getSrc().substring(
                "data:image/svg+xml;base64,".length())), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg").contains("viewBox='0.0 0.0 720.0 360.0'").contains("Review");
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("Cycle times"));

        NativeTable cycles = _get(NativeTable.class, spec -> spec.withId("report-cycle-times-table"));
        assertThat(cells(cycles)).containsExactly(
                List.of(role, "Review", "7", "2.00", "7.00"),
                List.of(role, "Assessment", "3", "5.00", "5.80"),
                List.of(role, "Decision task", "3", "8.00", "8.80"),
                List.of(role, "Decided", "4", "11.00", "17.60"));
        assertThat(cells(_get(NativeTable.class, spec -> spec.withId("report-role-pass-rates-table"))))
                .containsExactly(List.of(role, "3", "1", "1", "1", "33.33 %"));
        assertThat(cells(_get(NativeTable.class, spec -> spec.withId("report-period-table"))).get(0))
                .containsExactly("Applications received", "7");
        // today's backlog has no seeded task of the role
        _assertOne(Paragraph.class, spec -> spec.withId("report-backlog-empty"));

        String csv = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("report-score-distribution-csv"))), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(31).contains(role + ",U1,90-100,1");
    }

    @Test
    void the_filter_comes_from_the_address() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("from", "2003-01-01", "to", "2003-12-31",
                "role", role)));

        assertThat(_get(DatePicker.class, spec -> spec.withId("report-from")).getValue())
                .isEqualTo(LocalDate.of(2003, 1, 1));
        assertThat(cells(_get(NativeTable.class, spec -> spec.withId("report-assessor-consistency-table"))))
                .hasSize(2);

        UI.getCurrent().navigate("reports", QueryParameters.simple(Map.of("role", "NO-SUCH-ROLE")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-problems")).getText())
                .isEqualTo("role: there is no certification role 'NO-SUCH-ROLE'.");
    }

    @Test
    void an_administrator_sees_no_assessor_consistency() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(ReportsView.class);
        showYear(role);

        _assertOne(Section.class, spec -> spec.withId("report-unit-pass-rates"));
        _assertNone(Section.class, spec -> spec.withId("report-assessor-consistency"));
    }

    @Test
    void a_period_without_data_shows_empty_states() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(ReportsView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2001, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2001, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("report-show")));

        _assertOne(Paragraph.class, spec -> spec.withId("report-cycle-times-empty"));
        _assertOne(Paragraph.class, spec -> spec.withId("report-assessor-consistency-empty"));
        // every count zero: nothing happened, so no chart of zeros
        _assertOne(Paragraph.class, spec -> spec.withId("report-period-empty"));
        _assertNone(Image.class, spec -> spec.withId("report-cycle-times-chart"));
    }

    @Test
    void a_bad_period_says_what_is_wrong() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(ReportsView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2024, 5, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2024, 4, 1));
        _click(_get(Button.class, spec -> spec.withId("report-show")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-problems")).getText())
                .isEqualTo("to: 2024-04-01 is before from (2024-05-01).");
    }

    @Test
    void candidates_reviewers_and_assessors_cannot_open_the_reports() {
        for (Role refused : List.of(Role.CANDIDATE, Role.REVIEWER, Role.ASSESSOR)) {
            signIn(accounts.create(refused));
            UI.getCurrent().navigate("reports");
            assertThat(NavigatorKt.getCurrentView()).isNotInstanceOf(ReportsView.class);
        }
    }

    @Test
    void every_measure_stage_and_column_has_an_english_text() throws Exception {
        Properties english = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (PeriodMeasure measure : PeriodMeasure.values()) {
            assertThat(english).containsKey("report.measure." + measure.name());
        }
        for (CycleStage stage : CycleStage.values()) {
            assertThat(english).containsKey("report.stage." + stage.name());
        }
        for (ReportFigure figure : ReportFigure.values()) {
            assertThat(english).containsKey("report.figure." + figure.path())
                    .containsKey("report.figure." + figure.path() + ".about");
            figure.columns().forEach(column -> assertThat(english).containsKey("report.column." + column));
        }
    }

    @Test
    void appeals_and_complaints_show_their_counts_and_median_days_and_a_dash_without_an_outcome() {
        String appealsRole = eu.skills4cities.citycert.report.ReportSeedAccess.writeAppealsAndComplaints(jdbc);
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(ReportsView.class);
        showYear(appealsRole);

        assertThat(cells(_get(NativeTable.class, spec -> spec.withId("report-outcome-times-table")))).containsExactly(
                List.of("Appeals", "6", "4", "2", "10.50"), List.of("Complaints", "3", "3", "1", "6.00"));
        _assertOne(Image.class, spec -> spec.withId("report-outcome-times-chart"));

        // April: one appeal received, none decided; one complaint closed after 31 days
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2003, 4, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2003, 4, 30));
        _click(_get(Button.class, spec -> spec.withId("report-show")));
        assertThat(cells(_get(NativeTable.class, spec -> spec.withId("report-outcome-times-table")))).containsExactly(
                List.of("Appeals", "1", "0", "0", "–"), List.of("Complaints", "0", "1", "0", "31.00"));

        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2003, 12, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2003, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("report-show")));
        _assertOne(Paragraph.class, spec -> spec.withId("report-outcome-times-empty"));
    }

    private void showYear(String roleCode) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2003, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2003, 12, 31));
        @SuppressWarnings("unchecked")
        ComboBox<String> roles = _get(ComboBox.class, spec -> spec.withId("report-role"));
        _setValue(roles, roleCode);
        _click(_get(Button.class, spec -> spec.withId("report-show")));
    }

    private static List<List<String>> cells(NativeTable table) {
        return table.getBody().getRows().stream()
                .map((NativeTableRow row) -> row.getDataCells().stream().map(NativeTableCell::getText).toList())
                .toList();
    }
}
