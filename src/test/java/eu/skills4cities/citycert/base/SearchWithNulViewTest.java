package eu.skills4cities.citycert.base;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's search fields and a NUL character, which PostgreSQL refuses in a query (found by trying: the API's
 * searches answered 500; the screens' fields reach the same services). The auditor's, the register's and the item
 * bank's searches take it as text that nothing stored contains and find nothing; the inbox, whose service refuses
 * control characters in its search, says so on the field and lists as without the search.
 */
class SearchWithNulViewTest extends KaribuViewTest {

    private static final String NUL = "\u0000";

    @Autowired
    ApplicationService applications;

    @BeforeEach
    void anApplication() {
        applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPM"));
    }

    @Test
    void the_auditors_search_finds_nothing_for_a_nul() {
        signIn(accounts.create(Role.AUDITOR));
        UI.getCurrent().navigate("audit/applications");
        searchFindsNothing("audit-applications-search", "A-" + NUL);
    }

    @Test
    void the_inbox_search_says_a_nul_is_not_searched_for_and_lists_as_without_it() {
        signIn(accounts.create(Role.REVIEWER));
        UI.getCurrent().navigate("inbox");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        int unfiltered = GridKt._size(grid);
        assertThat(unfiltered).as("the reviewer's inbox holds the application's review").isPositive();

        _setValue(field("filter-search"), "Can" + NUL + "didate");

        assertThat(field("filter-search").isInvalid()).isTrue();
        assertThat(field("filter-search").getErrorMessage()).startsWith("Search: remove the control characters");
        assertThat(GridKt._size(grid)).isEqualTo(unfiltered);

        _setValue(field("filter-search"), "A-");
        assertThat(field("filter-search").isInvalid()).isFalse();
    }

    @Test
    void the_registers_number_and_holder_fields_find_nothing_for_a_nul() {
        signIn(accounts.create(Role.CERTIFICATION_OFFICER));
        UI.getCurrent().navigate("certificate-register");
        searchFindsNothing("filter-number", "CC" + NUL);
        _setValue(field("filter-number"), "");
        searchFindsNothing("filter-holder", "Ho" + NUL);
    }

    @Test
    void the_item_banks_search_finds_nothing_for_a_nul() {
        signIn(accounts.create(Role.EXAM_AUTHOR));
        UI.getCurrent().navigate("exam/items");
        searchFindsNothing("filter-text", "SCPD" + NUL);
    }

    private void searchFindsNothing(String fieldId, String text) {
        _setValue(field(fieldId), text);
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).as("grids after searching %s for a NUL", fieldId)
                .allSatisfy(grid -> assertThat(GridKt._size(grid)).isZero());
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }
}
