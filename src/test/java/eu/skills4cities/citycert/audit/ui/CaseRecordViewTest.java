package eu.skills4cities.citycert.audit.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.audit.CaseRecord;
import eu.skills4cities.citycert.audit.CaseRecordEntry;
import eu.skills4cities.citycert.audit.CaseRecordKind;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The case record page: header, entries in time order, the filter, the two exports, and who may open it. */
class CaseRecordViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    CaseRecord records;
    @Autowired
    eu.skills4cities.citycert.inbox.StaffTaskService staffTasks;
    @Autowired
    org.camunda.bpm.engine.TaskService engineTasks;
    @Autowired
    eu.skills4cities.citycert.framework.FrameworkManagement frameworks;

    private ApplicationDetails submitted;

    @BeforeEach
    void aSubmittedApplication() {
        submitted = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
    }

    @Test
    void the_auditor_reads_the_record_filters_it_and_exports_the_case_file() {
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        signIn(auditor);
        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(CaseRecordView.class);
        assertThat(_get(Span.class, spec -> spec.withId("case-record-candidate")).getText())
                .contains(submitted.candidateName());
        assertThat(_get(Span.class, spec -> spec.withId("case-record-status")).getText()).isEqualTo("Evidence in review");
        // the status as a badge (base.StatusBadge): plain while the application is in progress
        assertThat(_get(Span.class, spec -> spec.withId("case-record-status")).getElement().getAttribute("theme"))
                .isEqualTo("badge");
        int all = records.of(auditor, submitted.id()).entries().size();
        assertThat(GridKt._size(grid())).isEqualTo(all).isGreaterThan(3);
        assertThat(GridKt._getFormatted(grid(), 0, "what")).isNotBlank();
        _assertNone(Paragraph.class, spec -> spec.withId("case-record-empty"));
        _assertNone(Paragraph.class, spec -> spec.withId("case-record-part"));

        _setValue(filter(), CaseRecordKind.SUBMITTED);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "what")).isEqualTo("Submitted: " + submitted.number());
        assertThat(_get(Span.class, spec -> spec.withId("case-record-count")).getText()).endsWith(": 1");
        _setValue(filter(), null);
        assertThat(GridKt._size(grid())).isEqualTo(all);

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("case-record-export-pdf")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] zip = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("case-record-export-zip")));
        assertThat(new String(zip, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(records.of(auditor, submitted.id()).entries()).filteredOn(e -> e.kind()
                == CaseRecordKind.CASE_FILE_EXPORTED).extracting(CaseRecordEntry::actor)
                .containsExactly(auditor.username(), auditor.username());
    }

    @Test
    void a_german_auditor_reads_the_role_in_german_and_the_record_keeps_its_english_title() {
        CurrentUser auditor = accounts.create(Role.AUDITOR);
        signIn(auditor);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));

        assertThat(_get(Span.class, spec -> spec.withId("case-record-role")).getText())
                .isEqualTo("SCPM – Smart-City-Projektmanager/-in");
        assertThat(records.of(auditor, submitted.id()).header().roleTitle()).isEqualTo("Smart City Project Manager");
    }

    @Test
    void the_header_names_the_role_as_the_applications_own_framework_version_does_after_a_new_one() {
        String role = "CR" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        CurrentUser admin = CurrentUser.of("case-record-admin", Role.ADMIN);
        frameworks.publish(admin, frameworks.importFile(admin, "v1.yaml",
                eu.skills4cities.citycert.TestFrameworks.translated("CASE-" + role, role, "eins")).id());
        ApplicationDetails old = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application(role));
        frameworks.publish(admin, frameworks.importFile(admin, "v2.yaml",
                eu.skills4cities.citycert.TestFrameworks.translated("CASE-" + role, role, "zwei")).id());
        signIn(accounts.create(Role.AUDITOR));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(CaseRecordView.path(old.id()));

        assertThat(_get(Span.class, spec -> spec.withId("case-record-role")).getText())
                .isEqualTo(role + " – Testrolle eins");
    }

    @Test
    void the_auditors_list_opens_the_record_of_a_row() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(AuditApplicationsView.class);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("audit-applications-search")), submitted.number());
        @SuppressWarnings("unchecked")
        Grid<eu.skills4cities.citycert.application.SubmittedApplication> list = _get(Grid.class,
                spec -> spec.withId("audit-applications-grid"));
        click(list, "open", GridKt._get(list, 0));

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(CaseRecordView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(CaseRecordView.path(submitted.id()));
    }

    @Test
    void an_unknown_id_is_not_found_and_candidates_and_staff_cannot_open_the_page() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate(CaseRecordView.path(UUID.randomUUID()));
        _assertOne(Paragraph.class, spec -> spec.withId("not-found"));
        UI.getCurrent().navigate("audit/applications/not-an-id");
        _assertOne(Paragraph.class, spec -> spec.withId("not-found"));

        signIn(accounts.create(Role.CANDIDATE));
        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(CaseRecordView.class);

        // an assessor has no work on an application still in review: the same "not found"
        signIn(accounts.create(Role.ASSESSOR));
        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));
        _assertOne(Paragraph.class, spec -> spec.withId("not-found"));
        _assertNone(Grid.class, spec -> spec.withId("case-record-grid"));
    }

    @Test
    void a_reviewer_working_on_the_application_reads_their_own_part_without_the_case_file() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(CaseRecordView.class);
        _assertOne(Paragraph.class, spec -> spec.withId("case-record-part"));
        // nothing done yet: an empty part
        _assertOne(Paragraph.class, spec -> spec.withId("case-record-empty"));

        staffTasks.claim(reviewer, engineTasks.createTaskQuery().processInstanceId(submitted.processInstanceId())
                .singleResult().getId());
        UI.getCurrent().navigate(CaseRecordView.path(submitted.id()));
        assertThat(GridKt._size(grid())).isEqualTo(records.of(reviewer, submitted.id()).entries().size())
                .isPositive();
        // the task they hold, from its creation (by the engine) to their claim
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid()))
                .mapToObj(row -> GridKt._getFormatted(grid(), row, "who"))).contains(reviewer.username());
        _assertNone(Anchor.class, spec -> spec.withId("case-record-export-pdf"));
        _assertNone(Anchor.class, spec -> spec.withId("case-record-export-zip"));
    }

    private static <T> void click(Grid<T> grid, String columnKey, T item) {
        eu.skills4cities.citycert.LitRowAction.click(grid, columnKey, columnKey, item);
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseRecordEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("case-record-grid"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<CaseRecordKind> filter() {
        return _get(ComboBox.class, spec -> spec.withId("case-record-filter"));
    }
}
