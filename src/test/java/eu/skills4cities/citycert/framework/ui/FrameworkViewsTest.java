package eu.skills4cities.citycert.framework.ui;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import eu.skills4cities.citycert.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestFrameworks;
import eu.skills4cities.citycert.framework.FrameworkChange;
import eu.skills4cities.citycert.framework.FrameworkVersionInfo;
import eu.skills4cities.citycert.framework.VersionStatus;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue and the administrators' framework screen. */
class FrameworkViewsTest extends KaribuViewTest {

    @Test
    void the_catalogue_shows_the_sample_roles_to_visitors_who_are_not_signed_in() {
        UI.getCurrent().navigate(CatalogueView.class);

        NavigatorKt.expectView(CatalogueView.class);
        Details manager = _get(Details.class, spec -> spec.withId("role-SCPM"));
        assertThat(manager.getSummaryText()).isEqualTo("Smart City Project Manager (EQF level 6) · sample content");
        assertThat(_find(Details.class).size()).as("three roles and their units").isGreaterThan(3 + 12);
    }

    @Test
    void the_catalogue_in_greek_shows_the_translated_titles_and_marks_the_english_ones() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("el"));

        UI.getCurrent().navigate(CatalogueView.class);

        Details developer = _get(Details.class, spec -> spec.withId("role-SCPD"));
        assertThat(developer.getSummaryText()).startsWith("Υπεύθυνος ανάπτυξης έργων έξυπνης πόλης");
        assertThat(developer.getSummary().getElement().getAttribute("lang")).isEqualTo("el");
        assertThat(_find(developer, Details.class)).anySatisfy(unit -> assertThat(unit.getSummary().getElement()
                .getTextRecursively()).isEqualTo("SCPD-U4 Χρηματοδότηση και επιχειρηματικά μοντέλα"));
        // the sample's elements are English only: shown in English, each marked, the text tagged for screen readers
        com.vaadin.flow.component.html.H4 element = _find(developer, com.vaadin.flow.component.html.H4.class).stream()
                .filter(h -> h.getElement().getTextRecursively().startsWith("SCPD-U1-E1 ")).findFirst().orElseThrow();
        eu.skills4cities.citycert.base.ContentText english = _get(element,
                eu.skills4cities.citycert.base.ContentText.class);
        assertThat(english.getElement().getChild(0).getAttribute("lang")).isEqualTo("en");
        com.vaadin.flow.component.html.Span marker = _get(english, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses(eu.skills4cities.citycert.base.ContentText.FALLBACK_MARKER));
        assertThat(marker.getText()).isEqualTo(" (στα αγγλικά)");
        assertThat(marker.getElement().getAttribute("lang")).isEqualTo("el");
    }

    @Test
    void the_catalogue_in_english_marks_nothing() {
        UI.getCurrent().navigate(CatalogueView.class);

        assertThat(_find(eu.skills4cities.citycert.base.ContentText.class)).isNotEmpty().allSatisfy(text ->
                assertThat(text.getElement().getTextRecursively()).doesNotContain("(English)"));
    }

    @Test
    void the_catalogue_tells_each_roles_eligibility_rules_from_the_decision_table_and_none_for_a_role_without_rows() {
        CurrentUser admin = accounts.create(Role.ADMIN);
        String code = "RULES-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        String role = "R" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        FrameworkVersionInfo imported = management.importFile(admin, "framework.yaml",
                file(code, role, "Role Without Rules").getBytes(StandardCharsets.UTF_8));
        management.publish(admin, imported.id());

        UI.getCurrent().navigate(CatalogueView.class);

        assertThat(_find(_get(Div.class, spec -> spec.withId("prerequisites-SCPMC")), ListItem.class))
                .extracting(ListItem::getText).containsExactly("At least 5 years of relevant experience.",
                        "A qualification at EQF level 6 or higher.");
        assertThat(_find(_get(Div.class, spec -> spec.withId("prerequisites-" + role)), Paragraph.class))
                .extracting(Paragraph::getText).containsExactly("This role has no prerequisites: anyone may apply.");
    }

    @Autowired
    eu.skills4cities.citycert.framework.FrameworkManagement management;

    @Test
    void an_administrator_imports_publishes_and_compares_versions() {
        signIn(accounts.create(Role.ADMIN));
        String code = "VIEW-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        String role = "V" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        UI.getCurrent().navigate(FrameworkAdminView.class);

        upload(file(code, role, "Test Role"));
        upload(file(code, role, "Renamed Role"));

        @SuppressWarnings("unchecked")
        Grid<FrameworkVersionInfo> versions = _get(Grid.class, spec -> spec.withId("versions"));
        assertThat(rowsOf(versions, code)).extracting(FrameworkVersionInfo::versionNumber, FrameworkVersionInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, VersionStatus.DRAFT));

        _click(_get(actionsOf(versions, code, 1), Button.class, spec -> spec.withText("Publish")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).startsWith("Publish " + code + " v1");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(rowsOf(versions, code)).extracting(FrameworkVersionInfo::status)
                .containsExactly(VersionStatus.DRAFT, VersionStatus.PUBLISHED);
        // each status a badge in words and tone (base.StatusBadge)
        assertThat(rowsOf(versions, code)).extracting(v -> eu.skills4cities.citycert.GridBadges.badge(versions,
                "status", v)).containsExactly("Draft / NEUTRAL", "Published / SUCCESS");

        @SuppressWarnings("unchecked")
        Select<FrameworkVersionInfo> from = _get(Select.class, spec -> spec.withId("compare-from"));
        @SuppressWarnings("unchecked")
        Select<FrameworkVersionInfo> to = _get(Select.class, spec -> spec.withId("compare-to"));
        _setValue(from, rowsOf(versions, code).get(1));
        _setValue(to, rowsOf(versions, code).get(0));
        _click(_get(Button.class, spec -> spec.withId("compare")));
        @SuppressWarnings("unchecked")
        Grid<FrameworkChange> changes = _get(Grid.class, spec -> spec.withId("changes"));
        assertThat(GridKt._size(changes)).isEqualTo(1);
        assertThat(GridKt._getFormatted(changes, 0, "kind")).isEqualTo("Changed");
        assertThat(GridKt._getFormatted(changes, 0, "fields")).isEqualTo("title");
    }

    @Test
    void a_broken_file_shows_every_problem_with_its_line_and_stores_nothing() {
        signIn(accounts.create(Role.ADMIN));
        UI.getCurrent().navigate(FrameworkAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<FrameworkVersionInfo> versions = _get(Grid.class, spec -> spec.withId("versions"));
        int before = GridKt._size(versions);

        upload(file("BROKEN-FILE", "BRK", "Test Role").replace("eqfLevel: 5", "eqfLevel: 11")
                .replace("  description: Two units of one role, for tests.\n", ""));

        Div problems = _get(Div.class, spec -> spec.withId("import-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(_find(problems, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "framework.description: framework.description is required.",
                "line 11, roles[0].eqfLevel: roles[0].eqfLevel must be between 1 and 8; it is 11.");
        assertThat(GridKt._size(versions)).isEqualTo(before);
    }

    @Test
    void auditors_see_versions_but_cannot_import_or_publish() {
        signIn(accounts.create(Role.AUDITOR));

        UI.getCurrent().navigate(FrameworkAdminView.class);

        NavigatorKt.expectView(FrameworkAdminView.class);
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("Publish", "Retire");
    }

    private void upload(String content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("framework-file")), "framework.yaml",
                "application/yaml", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String code, String role, String roleTitle) {
        return TestFrameworks.small().replace("TEST-SMALL", code)
                .replace("TSTR", role).replace("title: Test Role", "title: " + roleTitle);
    }

    /** The actions cell of a version's row (Karibu renders grid cells on request). */
    private static com.vaadin.flow.component.orderedlayout.HorizontalLayout actionsOf(Grid<FrameworkVersionInfo> grid,
                                                                                     String code, int version) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            FrameworkVersionInfo info = GridKt._get(grid, row);
            if (info.frameworkCode().equals(code) && info.versionNumber() == version) {
                return (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
            }
        }
        throw new AssertionError(code + " v" + version + " is not listed");
    }

    private static java.util.List<FrameworkVersionInfo> rowsOf(Grid<FrameworkVersionInfo> grid, String code) {
        return grid.getGenericDataView().getItems().filter(v -> v.frameworkCode().equals(code)).toList();
    }
}
