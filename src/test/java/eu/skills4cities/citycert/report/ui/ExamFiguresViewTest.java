package eu.skills4cities.citycert.report.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.report.ReportSeedAccess;
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

/** The exam figures on the reports page, over {@code ExamFiguresTest}'s data set (numbers worked out there). */
class ExamFiguresViewTest extends KaribuViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private ReportSeedAccess.Exams exams;

    @BeforeEach
    void seeded() {
        exams = ReportSeedAccess.writeExams(jdbc);
    }

    @Test
    void an_auditor_sees_pass_rates_by_route_and_the_items_to_review_in_plain_words() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(ReportsView.class);
        show(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31));

        assertThat(cells("report-unit-route-pass-rates-table")).containsExactly(
                List.of(exams.role(), "U1", "Exam", "2", "1", "50 %", "52.50"),
                List.of(exams.role(), "U1", "Exam and portfolio", "1", "1", "100 %", "70.00"),
                List.of(exams.role(), "U1", "Portfolio", "2", "2", "100 %", "70.50"),
                List.of(exams.role(), "U2", "Exam", "2", "1", "50 %", "70.00"),
                List.of(exams.role(), "U2", "Exam and portfolio", "1", "1", "100 %", "65.00"),
                List.of(exams.role(), "U2", "Portfolio", "1", "0", "0 %", "40.00"));
        _assertOne(Image.class, spec -> spec.withId("report-unit-route-pass-rates-chart"));

        assertThat(cells("report-item-statistics-table")).containsExactly(
                List.of(exams.role(), "U1", "U1-E1", code("I1"), "1", "6", "5", "4", "66.67 %", "0.4330", ""),
                List.of(exams.role(), "U1", "U1-E1", code("I5"), "1", "6", "6", "6", "100 %", "–",
                        "Review: almost everyone answers it right"),
                List.of(exams.role(), "U1", "U1-E2", code("I2"), "1", "6", "5", "1", "16.67 %", "-0.5331",
                        "Review: few answer it right (check the key); strong and weak candidates answer it alike"),
                List.of(exams.role(), "U2", "U2-E3", code("I3"), "1", "6", "6", "3", "50 %", "0.7276", ""),
                List.of(exams.role(), "U2", "U2-E3", code("I4"), "1", "3", "3", "2", "66.67 %", "–", ""));
        _assertOne(Image.class, spec -> spec.withId("report-item-statistics-chart"));
    }

    @Test
    void an_exam_author_sees_the_item_statistics_only() {
        signIn(accounts.create(Role.EXAM_AUTHOR));
        UI.getCurrent().navigate(ReportsView.class);
        show(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 12, 31));

        assertThat(cells("report-item-statistics-table")).hasSize(5);
        _assertNone(Section.class, spec -> spec.withId("report-unit-route-pass-rates"));
        _assertNone(Section.class, spec -> spec.withId("report-period"));
    }

    @Test
    void a_period_without_exams_shows_empty_states() {
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(ReportsView.class);
        show(LocalDate.of(2003, 7, 1), LocalDate.of(2003, 7, 31));

        _assertOne(Paragraph.class, spec -> spec.withId("report-item-statistics-empty"));
        _assertOne(Paragraph.class, spec -> spec.withId("report-unit-route-pass-rates-empty"));
        _assertNone(NativeTable.class, spec -> spec.withId("report-item-statistics-table"));
    }

    private void show(LocalDate from, LocalDate to) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), from);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), to);
        @SuppressWarnings("unchecked")
        ComboBox<String> roles = _get(ComboBox.class, spec -> spec.withId("report-role"));
        _setValue(roles, exams.role());
        _click(_get(Button.class, spec -> spec.withId("report-show")));
    }

    private String code(String item) {
        return exams.itemCodes().get(item);
    }

    private static List<List<String>> cells(String id) {
        return _get(NativeTable.class, spec -> spec.withId(id)).getBody().getRows().stream()
                .map((NativeTableRow row) -> row.getDataCells().stream().map(NativeTableCell::getText).toList())
                .toList();
    }
}
