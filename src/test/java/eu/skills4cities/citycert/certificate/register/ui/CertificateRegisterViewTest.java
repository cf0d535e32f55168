package eu.skills4cities.citycert.certificate.register.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.CertificateService;
import eu.skills4cities.citycert.certificate.CertifiedUnit;
import eu.skills4cities.citycert.certificate.CertificateStatus;
import eu.skills4cities.citycert.certificate.register.RegisterEntry;
import eu.skills4cities.citycert.certificate.register.RegisterRows;
import eu.skills4cities.citycert.certificate.register.StatusChange;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateRegisterViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CertificateService certificates;
    @Autowired
    JdbcClient jdbc;

    private RegisterRows rows;

    @BeforeEach
    void someCertificates() {
        rows = new RegisterRows(jdbc, applications, accounts.create(Role.CANDIDATE));
        rows.insert("1", "Ada " + rows.token, "SCPD", LocalDate.of(2024, 1, 10));
        rows.insert("2", "Bea " + rows.token, "SCPM", LocalDate.of(2024, 6, 10));
        rows.insert("3", "Cem " + rows.token, "SCPM", LocalDate.of(2025, 2, 10), LocalDate.of(2030, 1, 1),
                "SUSPENDED", null);
    }

    @Test
    void the_filters_narrow_the_list_and_a_search_without_result_says_so() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(CertificateRegisterView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-holder")), rows.token);
        assertThat(numbers()).containsExactly(rows.number("3"), rows.number("2"), rows.number("1"));
        assertThat(_get(Span.class, spec -> spec.withId("register-count")).getText()).isEqualTo("3 certificates");

        _setValue(select("filter-role"), "SCPM");
        assertThat(numbers()).containsExactly(rows.number("3"), rows.number("2"));
        _setValue(select("filter-status"), CertificateStatus.SUSPENDED);
        assertThat(numbers()).containsExactly(rows.number("3"));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Suspended");
        _setValue(select("filter-status"), null);
        _setValue(_get(DatePicker.class, spec -> spec.withId("filter-issued-to")), LocalDate.of(2024, 12, 31));
        assertThat(numbers()).containsExactly(rows.number("2"));

        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), rows.token + "-9");
        Paragraph empty = _get(Paragraph.class, spec -> spec.withId("register-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("No certificate in the register matches these filters.");
        assertThat(_find(Grid.class, spec -> spec.withId("register-grid"))).as("no empty grid").isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("register-count")).getText()).isEqualTo("No certificate");
    }

    @Test
    void a_german_reader_sees_the_roles_in_german_and_the_rows_keep_their_english_titles() {
        signIn(accounts.create(Role.AUDITOR));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate(CertificateRegisterView.class);
        UI.getCurrent().refreshCurrentRoute(true);

        _setValue(_get(TextField.class, spec -> spec.withId("filter-holder")), rows.token);
        assertThat(numbers()).containsExactly(rows.number("3"), rows.number("2"), rows.number("1"));
        // the role by its code from the published framework; the unit, unknown there, as recorded
        assertThat(GridKt._getFormatted(grid(), 2, "role")).isEqualTo(UI.getCurrent()
                .getTranslation("certificates.unit-of", "Unit of SCPD", "Smart-City-Projektentwickler/-in"));
        // the details name the role in German too
        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), rows.number("1"));
        openDetails(rows.number("1"));
        assertThat(_get(com.vaadin.flow.component.html.DescriptionList.Description.class,
                spec -> spec.withId("details-role")).getText()).isEqualTo("Smart-City-Projektentwickler/-in (SCPD)");
        assertThat(jdbc.sql("SELECT role_title FROM certificate WHERE number = ?").param(rows.number("1"))
                .query(String.class).single()).isEqualTo("Role SCPD");
    }

    @Test
    void a_reversed_date_range_is_explained_and_nothing_is_searched_or_exported() {
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(CertificateRegisterView.class);

        _setValue(_get(DatePicker.class, spec -> spec.withId("filter-issued-from")), LocalDate.of(2025, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("filter-issued-to")), LocalDate.of(2024, 1, 1));

        Paragraph problems = _get(Paragraph.class, spec -> spec.withId("register-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).isEqualTo("The \"issued from\" date must not be after the \"issued to\" date.");
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-issued-to")).isInvalid()).isTrue();
        assertThat(_find(Grid.class, spec -> spec.withId("register-grid"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("register-export")).isEnabled()).isFalse();
    }

    @Test
    void the_csv_download_holds_what_the_filters_find() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(CertificateRegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-holder")), rows.token);
        _setValue(select("filter-role"), "SCPM");

        byte[] csv = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("register-export")));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(3);
        assertThat(text).contains(rows.number("2") + ",Bea " + rows.token)
                .contains(rows.number("3") + ",Cem " + rows.token).doesNotContain(rows.number("1"));
    }

    @Test
    void an_officer_suspends_a_certificate_after_confirming_with_a_reason() {
        CertificateInfo issued = certificates.issue(
                applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD")).id()).get(0);
        CurrentUser officer = accounts.create(Role.CERTIFICATION_OFFICER);
        signIn(officer);
        UI.getCurrent().navigate(CertificateRegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), issued.number());

        openDetails(issued.number());
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("details-holder")).getText())
                .isEqualTo(issued.holderName());
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("details-status")).getText())
                .isEqualTo("Active");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("details-units")), ListItem.class))
                .isNotEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("details-no-history")).getText())
                .isEqualTo("No decision has been recorded since the certificate was issued.");
        assertThat(_find(Button.class, spec -> spec.withId("decision-REINSTATE"))).as("nothing to reinstate").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("decision-SUSPEND")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-text")).getText())
                .startsWith("Certificate " + issued.number() + " stops counting at once");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decision-reason"));
        assertThat(reason.isInvalid()).as("no reason given: the dialog stays open and says why").isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Give the reason for this decision; it is recorded and mailed to the holder.");
        assertThat(recordedStatus(issued)).isEqualTo("ACTIVE");

        _setValue(reason, "The employer reported a forged reference.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("decision-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(recordedStatus(issued)).isEqualTo("SUSPENDED");
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("details-status")).getText())
                .isEqualTo("Suspended");
        @SuppressWarnings("unchecked")
        Grid<StatusChange> history = _get(Grid.class, spec -> spec.withId("details-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormatted(history, 0, "decision")).isEqualTo("Suspended");
        assertThat(GridKt._getFormatted(history, 0, "reason")).isEqualTo("The employer reported a forged reference.");
        assertThat(_find(Button.class, spec -> spec.withId("decision-REINSTATE"))).hasSize(1);
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Suspended");
    }

    @Test
    void an_officer_reduces_the_scope_after_choosing_the_unit_and_the_holder_gets_the_rest() {
        CertificateInfo issued = certificates.issue(
                applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPD")).id()).get(0);
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(CertificateRegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), issued.number());
        openDetails(issued.number());

        _click(_get(Button.class, spec -> spec.withId("decision-REDUCE_SCOPE")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Procurement no longer practised.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("decision-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        Select<CertifiedUnit> unit = select("decision-unit");
        assertThat(unit.isInvalid()).as("no unit chosen: the dialog stays open and says so under the unit").isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Choose the unit to withdraw (unitCode).");
        assertThat(certificates.chain(issued.number()).orElseThrow().links()).hasSize(1);

        CertifiedUnit withdrawn = certificates.units(issued.id()).get(1);
        _setValue(unit, withdrawn);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(certificates.byNumber(issued.number()).orElseThrow().supersededBy()).isNotNull();
        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("details-status")).getText())
                .isEqualTo("Superseded");
        @SuppressWarnings("unchecked")
        Grid<StatusChange> history = _get(Grid.class, spec -> spec.withId("details-history"));
        assertThat(GridKt._getFormatted(history, 0, "decision")).isEqualTo("Scope reduced");
        assertThat(GridKt._getFormatted(history, 0, "reason"))
                .isEqualTo("Unit " + withdrawn.code() + " withdrawn: Procurement no longer practised.");
        assertThat(_find(Button.class, spec -> spec.withId("decision-REDUCE_SCOPE"))).as("nothing left to reduce")
                .isEmpty();
    }

    @Test
    void cancelling_the_confirmation_changes_nothing() {
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate(CertificateRegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), rows.number("1"));
        openDetails(rows.number("1"));

        _click(_get(Button.class, spec -> spec.withId("decision-WITHDRAW")));
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Not sure yet.");
        _click(_get(Button.class, spec -> spec.withId("decision-cancel")));

        assertThat(_find(TextArea.class, spec -> spec.withId("decision-reason"))).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM certificate WHERE number = ?").param(rows.number("1"))
                .query(String.class).single()).isEqualTo("ACTIVE");
    }

    @Test
    void an_auditor_sees_the_details_without_any_action() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(CertificateRegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-number")), rows.number("3"));

        openDetails(rows.number("3"));

        assertThat(_get(DescriptionList.Description.class, spec -> spec.withId("details-status")).getText())
                .isEqualTo("Suspended");
        assertThat(_find(Button.class).stream().map(Button::getId).flatMap(java.util.Optional::stream))
                .noneMatch(id -> id.startsWith("decision-"));
    }

    @Test
    void candidates_cannot_open_the_register() {
        signIn(accounts.create(Role.CANDIDATE));

        UI.getCurrent().navigate("certificate-register");

        assertThat(NavigatorKt.getCurrentView()).isNotInstanceOf(CertificateRegisterView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<RegisterEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("register-grid"));
    }

    /** The details button of the certificate, which must be the only row. */
    /**
     * Opens the row's details by a double click. The Details button is a renderer's function,
     * which Karibu cannot click; the browser journey clicks it (BrowserJourneyTest).
     */
    private void openDetails(String number) {
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "number")).isEqualTo(number);
        GridKt._doubleClickItem(grid(), 0, 0, false, false, false, false);
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private java.util.List<String> numbers() {
        return GridKt._findAll(grid()).stream().map(RegisterEntry::number).toList();
    }

    private String recordedStatus(CertificateInfo certificate) {
        return jdbc.sql("SELECT status FROM certificate WHERE id = ?").param(certificate.id()).query(String.class)
                .single();
    }
}
