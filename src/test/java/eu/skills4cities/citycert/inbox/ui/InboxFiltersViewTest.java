package eu.skills4cities.citycert.inbox.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestDocuments;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's filters the staff guide promises (role, overdue only, due within N days), kept in the address so
 * that a link opens the inbox filtered; the empty result of filters, which offers to clear them; staff by name.
 */
class InboxFiltersViewTest extends KaribuViewTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    StaffTaskService tasks;
    @Autowired
    TaskService taskService;
    @Autowired
    UserAccountService users;

    private ApplicationDetails application;
    private String reviewTaskId;

    @BeforeEach
    void anApplicationForTheConsultantRoleWaitsForReview() {
        application = applications.submit(accounts.create(Role.CANDIDATE), TestDocuments.application("SCPMC"));
        reviewTaskId = taskService.createTaskQuery().processInstanceId(application.processInstanceId())
                .singleResult().getId();
        signIn(accounts.create(Role.REVIEWER));
    }

    @Test
    void the_address_sets_the_role_and_due_within_filters_and_a_changed_filter_goes_back_into_it() {
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("role", "SCPMC", "dueWithin", "11")));
        search(application.number());

        assertThat(roleFilter().getValue()).isEqualTo("SCPMC");
        assertThat(dueWithin().getValue()).isEqualTo(11);
        assertThat(overdueOnly().getValue()).isFalse();
        assertThat(numbers()).containsExactly(application.number());

        // another role's applications only: this one leaves the list, and the address says what is shown
        _setValue(roleFilter(), "SCPD");
        assertThat(numbers()).isEmpty();
        assertThat(address()).isEqualTo(Map.of("role", List.of("SCPD"), "dueWithin", List.of("11")));

        _setValue(roleFilter(), "SCPMC");
        // the review is due in ten days: not within five
        _setValue(dueWithin(), 5);
        assertThat(numbers()).isEmpty();
        assertThat(address()).isEqualTo(Map.of("role", List.of("SCPMC"), "dueWithin", List.of("5")));
        _setValue(overdueOnly(), true);
        assertThat(address()).isEqualTo(Map.of("role", List.of("SCPMC"), "overdue", List.of("true"),
                "dueWithin", List.of("5")));

        // the address read back opens the same filters
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("overdue", "true")));
        assertThat(overdueOnly().getValue()).isTrue();
        assertThat(roleFilter().getValue()).isNull();
        assertThat(dueWithin().getValue()).isNull();
    }

    @Test
    void the_start_pages_tile_addresses_set_scope_stage_and_escalated_so_the_list_shows_what_the_tile_counted() {
        // the review waits unclaimed: among the unassigned at the review stage, not among mine, not escalated
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("scope", "UNASSIGNED", "stage", "REVIEW")));
        search(application.number());
        assertThat(scopeFilter().getValue()).isEqualTo(InboxQuery.Scope.UNASSIGNED);
        assertThat(stageFilter().getValue().code()).isEqualTo("REVIEW");
        assertThat(numbers()).containsExactly(application.number());

        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("scope", "MINE")));
        assertThat(scopeFilter().getValue()).isEqualTo(InboxQuery.Scope.MINE);
        assertThat(stageFilter().getValue()).isNull();
        assertThat(numbers()).isEmpty();

        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("escalated", "true")));
        assertThat(scopeFilter().getValue()).isEqualTo(InboxQuery.Scope.WORKABLE);
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-escalated")).getValue()).isTrue();
        assertThat(numbers()).isEmpty();

        // a changed filter goes back into the address under the same names; the default scope is left out
        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-escalated")), false);
        _setValue(scopeFilter(), InboxQuery.Scope.UNASSIGNED);
        assertThat(address()).isEqualTo(Map.of("scope", List.of("UNASSIGNED")));
        assertThat(numbers()).containsExactly(application.number());

        // an address the inbox cannot read leaves the filter at its default
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("scope", "EVERYTHING", "stage", "NONE")));
        assertThat(scopeFilter().getValue()).isEqualTo(InboxQuery.Scope.WORKABLE);
        assertThat(stageFilter().getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    private Select<InboxQuery.Scope> scopeFilter() {
        return _get(Select.class, spec -> spec.withId("filter-scope"));
    }

    @SuppressWarnings("unchecked")
    private Select<eu.skills4cities.citycert.inbox.InboxStage> stageFilter() {
        return _get(Select.class, spec -> spec.withId("filter-stage"));
    }

    @Test
    void filters_that_find_nothing_say_so_and_clear_filters_brings_the_tasks_back() {
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("overdue", "true")));
        search(application.number());

        // not yet due, so not overdue
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-matching-tasks")).getText())
                .isEqualTo("No tasks match these filters.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-tasks"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("tasks"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("clear-filters")));

        assertThat(overdueOnly().getValue()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("filter-search")).getValue()).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-matching-tasks"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("clear-filters"))).isEmpty();
        assertThat(address()).isEmpty();
        search(application.number());
        assertThat(numbers()).containsExactly(application.number());
    }

    @Test
    void a_due_within_the_inbox_cannot_read_is_marked_on_its_field_and_filters_nothing() {
        UI.getCurrent().navigate("inbox", QueryParameters.simple(Map.of("dueWithin", "soon")));
        search(application.number());

        assertThat(dueWithin().isInvalid()).isTrue();
        assertThat(dueWithin().getErrorMessage())
                .isEqualTo("Due within takes a whole number of days from 0 to 3650.");
        assertThat(numbers()).containsExactly(application.number());

        _setValue(dueWithin(), 99999);
        assertThat(dueWithin().isInvalid()).isTrue();
        assertThat(numbers()).containsExactly(application.number());
        assertThat(address()).isEmpty();

        _setValue(dueWithin(), 11);
        assertThat(dueWithin().isInvalid()).isFalse();
        assertThat(address()).isEqualTo(Map.of("dueWithin", List.of("11")));
    }

    @Test
    void the_assignee_column_names_the_colleague_by_full_name() {
        CurrentUser colleague = accounts.create(Role.REVIEWER);
        tasks.claim(colleague, reviewTaskId);
        UI.getCurrent().navigate(InboxView.class);
        search(application.number());
        @SuppressWarnings("unchecked")
        Select<eu.skills4cities.citycert.inbox.InboxQuery.Scope> scope = _get(Select.class,
                spec -> spec.withId("filter-scope"));
        _setValue(scope, eu.skills4cities.citycert.inbox.InboxQuery.Scope.ALL_GROUPS);

        String fullName = users.find(colleague.username()).orElseThrow().fullName();
        assertThat(fullName).isNotEqualTo(colleague.username());
        assertThat(GridKt._getFormatted(grid(), 0, "assignee")).isEqualTo(fullName);
    }

    @Test
    void a_rows_role_is_named_in_the_readers_language_by_its_code_and_the_task_keeps_its_english_title() {
        ApplicationDetails manager = applications.submit(accounts.create(Role.CANDIDATE),
                TestDocuments.application("SCPM"));
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);

        UI.getCurrent().navigate(InboxView.class);
        UI.getCurrent().refreshCurrentRoute(true);
        search(manager.number());

        assertThat(numbers()).containsExactly(manager.number());
        assertThat(GridKt._getFormatted(grid(), 0, "role")).isEqualTo("Smart-City-Projektmanager/-in");
        // the task as the services give it keeps the title the application recorded
        String taskId = taskService.createTaskQuery().processInstanceId(manager.processInstanceId())
                .singleResult().getId();
        assertThat(tasks.get(accounts.create(Role.REVIEWER), taskId).roleTitle())
                .isEqualTo("Smart City Project Manager");
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("filter-search")), text);
    }

    @SuppressWarnings("unchecked")
    private Select<String> roleFilter() {
        return _get(Select.class, spec -> spec.withId("filter-role"));
    }

    private IntegerField dueWithin() {
        return _get(IntegerField.class, spec -> spec.withId("filter-due-within"));
    }

    private Checkbox overdueOnly() {
        return _get(Checkbox.class, spec -> spec.withId("filter-overdue"));
    }

    @SuppressWarnings("unchecked")
    private Grid<StaffTask> grid() {
        return _get(Grid.class, spec -> spec.withId("tasks"));
    }

    private List<String> numbers() {
        List<Grid> grids = _find(Grid.class, spec -> spec.withId("tasks"));
        if (grids.isEmpty()) {
            return List.of();
        }
        Grid<StaffTask> grid = grid();
        // all rows in one fetch: Karibu's per-row _getFormatted queries each row
        return GridKt._findAll(grid).stream().map(StaffTask::number).toList();
    }

    /** The inbox's address now: its query parameters (the path stays "inbox"). */
    private static Map<String, List<String>> address() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("inbox");
        return location.getQueryParameters().getParameters();
    }
}
