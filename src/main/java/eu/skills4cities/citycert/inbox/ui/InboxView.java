package eu.skills4cities.citycert.inbox.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.PlainTextValidator;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.inbox.InboxQuery;
import eu.skills4cities.citycert.inbox.InboxStage;
import eu.skills4cities.citycert.inbox.InboxStages;
import eu.skills4cities.citycert.inbox.StaffTask;
import eu.skills4cities.citycert.inbox.StaffTaskService;
import eu.skills4cities.citycert.inbox.TaskInbox;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tasks a staff member may work on, of every kind of work they do (certification, appeals,
 * complaints, renewal checks), loaded page by page. A certification task opens on the inbox's task page; other
 * work's task on its module's page, by the path its row carries.
 */
@Route("inbox")
@Menu(order = 3, title = "menu.inbox")
@RolesAllowed({Role.REVIEWER_NAME, Role.ASSESSOR_NAME, Role.CERTIFICATION_OFFICER_NAME, Role.APPEALS_PANEL_NAME})
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TaskInbox tasks;
    private final StaffTaskService staffTasks;
    private final InboxStages stages;
    private final CurrentUser user;
    private final Grid<StaffTask> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private final Paragraph noneMatch = new Paragraph();
    private final Button clearFilters = new Button();
    private final StaffNames staffNames;
    /** The full names of the assignees on the pages shown so far. */
    private final Map<String, String> assigneeNames = new HashMap<>();
    /** True while the URL's filters are put into the fields: one refresh at the end, not one per field. */
    private boolean applying;

    InboxView(TaskInbox tasks, StaffTaskService staffTasks, InboxStages stages, CurrentUserProvider users,
              FrameworkCatalogue framework, StaffNames staffNames) {
        this.tasks = tasks;
        this.staffTasks = staffTasks;
        this.stages = stages;
        this.staffNames = staffNames;
        this.user = users.require();
        setSizeFull();
        count.setId("task-count");
        empty.setId("no-tasks");
        empty.setText(getTranslation("inbox.empty"));
        noneMatch.setId("no-matching-tasks");
        noneMatch.setText(getTranslation("inbox.none-match"));
        clearFilters.setId("clear-filters");
        clearFilters.setText(getTranslation("inbox.clear-filters"));
        clearFilters.addClickListener(click -> clear());

        grid.setId("tasks");
        grid.addColumn(t -> stageLabel(t.stage())).setKey("task")
                .setHeader(getTranslation("inbox.column.task"));
        grid.addColumn(StaffTask::number).setKey("application")
                .setHeader(getTranslation("inbox.column.number"));
        // names and role titles share the room the numbers and dates leave, cut with an ellipsis and whole in
        // the tooltip, so the Due column and the actions stay on a laptop's screen
        Grid.Column<StaffTask> candidate = grid.addColumn(StaffTask::candidateName).setKey("candidate")
                .setHeader(getTranslation("inbox.column.candidate")).setTooltipGenerator(StaffTask::candidateName);
        // the role's title in the reader's language, by its code in the published framework (a task carries no
        // version); one lookup object for the view, so no query per row
        ContentTitles titles = framework.titles(java.util.List.of(), getLocale());
        Grid.Column<StaffTask> role = grid.addColumn(t -> roleTitle(titles, t)).setKey("role")
                .setHeader(getTranslation("inbox.column.role")).setTooltipGenerator(t -> roleTitle(titles, t));
        Grid.Column<StaffTask> assignee = grid.addColumn(this::assigneeName).setKey("assignee")
                .setHeader(getTranslation("inbox.column.assignee")).setTooltipGenerator(this::assigneeName);
        grid.addColumn(t -> DateDisplay.dateTime(t.created(), getLocale())).setKey("created")
                .setHeader(getTranslation("inbox.column.created"));
        grid.addColumn(t -> DateDisplay.dateTime(t.due(), getLocale())
                + (t.overdueAt(tasks.now()) ? " · " + getTranslation("inbox.overdue") : "")).setKey("due")
                .setHeader(getTranslation("inbox.column.due"));
        // the "overdue" part lets a theme colour such rows; the Due column says it in words
        grid.setPartNameGenerator(t -> t.overdueAt(tasks.now()) ? "overdue" : null);
        // both drawn in the browser from each row's data: a refresh sends no components
        grid.addColumn(EscalationNote.inRows(getTranslation("task.escalated"))).setKey("escalated")
                .setAutoWidth(true);
        grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFrozenToEnd(true);
        // every column as wide as its content, so that numbers, names and dates are read whole
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        // on a 1366 px laptop, beside the menu, about 1080 px are left: every column but the badge and the
        // actions has a base width, the texts wrap (dates on two lines), and the room left goes to the names
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fixed(grid, "task", "7rem", 0);
        // a number is read whole, on one line
        fixed(grid, "application", "10rem", 0);
        fixed(grid, "created", "7.5rem", 0);
        fixed(grid, "due", "8rem", 0);
        candidate.setAutoWidth(false).setWidth("6rem").setFlexGrow(1);
        role.setAutoWidth(false).setWidth("7rem").setFlexGrow(2);
        assignee.setAutoWidth(false).setWidth("6rem").setFlexGrow(1);
        grid.setItems(query -> page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(tasks.count(user, filter()), TaskInbox.COUNT_LIMIT));
        add(new H2(getTranslation("inbox.title")), filters(framework), count, empty, noneMatch, clearFilters, grid);
        refreshCount();
    }

    private static String roleTitle(ContentTitles titles, StaffTask task) {
        return task.roleTitle() == null ? null : titles.role(null, task.roleCode(), task.roleTitle()).text();
    }

    private static void fixed(Grid<StaffTask> grid, String key, String width, int flexGrow) {
        grid.getColumnByKey(key).setAutoWidth(false).setWidth(width).setFlexGrow(flexGrow);
    }

    private java.util.List<StaffTask> page(int offset, int limit) {
        java.util.List<StaffTask> page = tasks.inbox(user, filter(), offset, limit);
        var names = staffNames.of(page.stream().map(StaffTask::assignee).toList());
        page.stream().map(StaffTask::assignee).filter(java.util.Objects::nonNull)
                .forEach(username -> assigneeNames.put(username, names.apply(username)));
        return page;
    }

    private String assigneeName(StaffTask task) {
        return task.assignee() == null ? getTranslation("inbox.unassigned")
                : assigneeNames.getOrDefault(task.assignee(), task.assignee());
    }

    private final Select<InboxQuery.Scope> scope = new Select<>();
    private final Select<InboxStage> stage = new Select<>();
    private final TextField search = new TextField();
    private final Select<InboxQuery.Sort> sort = new Select<>();
    private final Checkbox newestFirst = new Checkbox();
    private final Checkbox escalatedOnly = new Checkbox();
    private final Select<String> roleFilter = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final IntegerField dueWithin = new IntegerField();

    private HorizontalLayout filters(FrameworkCatalogue framework) {
        scope.setId("filter-scope");
        scope.setLabel(getTranslation("inbox.filter.scope"));
        scope.setItems(InboxQuery.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("inbox.scope." + s.name()));
        scope.setValue(InboxQuery.Scope.WORKABLE);
        stage.setId("filter-stage");
        stage.setLabel(getTranslation("inbox.filter.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        stage.setItems(stages.offeredTo(user));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.filter.any") : getTranslation(s.labelKey()));
        search.setId("filter-search");
        search.setLabel(getTranslation("inbox.filter.search"));
        search.setPlaceholder(getTranslation("inbox.filter.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        sort.setId("filter-sort");
        sort.setLabel(getTranslation("inbox.filter.sort"));
        sort.setItems(InboxQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("inbox.sort." + s.name()));
        sort.setValue(InboxQuery.Sort.CREATED);
        newestFirst.setId("filter-descending");
        newestFirst.setLabel(getTranslation("inbox.filter.descending"));
        scope.addValueChangeListener(change -> filtersChanged());
        stage.addValueChangeListener(change -> filtersChanged());
        search.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        newestFirst.addValueChangeListener(change -> refresh());
        escalatedOnly.setId("filter-escalated");
        escalatedOnly.setLabel(getTranslation("inbox.filter.escalated"));
        escalatedOnly.addValueChangeListener(change -> filtersChanged());
        Map<String, String> roles = new LinkedHashMap<>();
        // the published roles, by title; one entry per code even when several frameworks publish it
        framework.publishedRoles().forEach(p -> roles.putIfAbsent(p.role().code(), p.role().title(getLocale()).text()));
        roleFilter.setId("filter-role");
        roleFilter.setLabel(getTranslation("inbox.filter.role"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("inbox.filter.any"));
        roleFilter.setItems(roles.keySet());
        roleFilter.setItemLabelGenerator(code -> code == null ? getTranslation("inbox.filter.any")
                : roles.get(code) + " (" + code + ")");
        // wide enough for the longest role title with its code, and its list as wide
        roleFilter.setWidth("28rem");
        roleFilter.getStyle().set("--vaadin-select-overlay-width", "28rem");
        scope.setWidth("15rem");
        overdueOnly.setId("filter-overdue");
        overdueOnly.setLabel(getTranslation("inbox.filter.overdue"));
        dueWithin.setId("filter-due-within");
        dueWithin.setLabel(getTranslation("inbox.filter.due-within"));
        dueWithin.setHelperText(getTranslation("inbox.filter.due-within.helper"));
        dueWithin.setMin(0);
        dueWithin.setMax(InboxQuery.MAX_DUE_WITHIN_DAYS);
        dueWithin.setStepButtonsVisible(true);
        dueWithin.setClearButtonVisible(true);
        dueWithin.setWidth("11rem");
        dueWithin.setValueChangeMode(ValueChangeMode.LAZY);
        roleFilter.addValueChangeListener(change -> filtersChanged());
        overdueOnly.addValueChangeListener(change -> filtersChanged());
        dueWithin.addValueChangeListener(change -> filtersChanged());
        HorizontalLayout bar = new HorizontalLayout(scope, stage, roleFilter, search, overdueOnly, dueWithin, sort,
                newestFirst, escalatedOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private InboxQuery filter() {
        return new InboxQuery(scope.getValue(), stage.getValue() == null ? null : stage.getValue().code(),
                roleFilter.getValue(), overdueOnly.getValue(), validDueWithin(), validSearch(), sort.getValue(),
                newestFirst.getValue(), escalatedOnly.getValue());
    }

    /**
     * The text to search for, or null (no search) while it holds a control character, which the inbox refuses (a
     * NUL cannot even reach the database): the field says so, as the due window's does.
     */
    private String validSearch() {
        return PlainTextValidator.isPlain(search.getValue(), false) ? search.getValue() : null;
    }

    /** The days typed, or null (no such filter) while the field is empty or its value out of range. */
    private Integer validDueWithin() {
        Integer days = dueWithin.getValue();
        return days == null || days < 0 || days > InboxQuery.MAX_DUE_WITHIN_DAYS ? null : days;
    }

    private void refresh() {
        boolean badSearch = validSearch() == null;
        search.setErrorMessage(badSearch ? getTranslation("problem.input.control-characters", search.getLabel())
                : null);
        search.setInvalid(badSearch);
        if (applying) {
            return;
        }
        grid.getDataProvider().refreshAll();
        refreshCount();
    }

    /**
     * Scope, stage, role, overdue, due within and escalated: kept in the address, so a link (the start page's
     * tiles) opens the inbox so.
     */
    private void filtersChanged() {
        boolean badDays = dueWithin.getValue() != null && validDueWithin() == null;
        dueWithin.setErrorMessage(badDays ? getTranslation("inbox.filter.due-within.invalid",
                String.valueOf(InboxQuery.MAX_DUE_WITHIN_DAYS)) : null);
        dueWithin.setInvalid(badDays);
        if (applying) {
            return;
        }
        // through the router, so the address, the browser's history and the view's location agree (the view
        // stays; beforeEnter finds its fields as they are)
        QueryParameters parameters = urlParameters();
        written = parameters.getQueryString();
        getUI().ifPresent(ui -> ui.navigate(InboxView.class, parameters));
        refresh();
    }

    /** The query this view last put into the address itself: coming back with it changes no field. */
    private String written;

    private QueryParameters urlParameters() {
        Map<String, java.util.List<String>> parameters = new LinkedHashMap<>();
        if (scope.getValue() != null && scope.getValue() != InboxQuery.Scope.WORKABLE) {
            parameters.put(SCOPE, java.util.List.of(scope.getValue().name()));
        }
        if (stage.getValue() != null) {
            parameters.put(STAGE, java.util.List.of(stage.getValue().code()));
        }
        if (roleFilter.getValue() != null) {
            parameters.put(ROLE, java.util.List.of(roleFilter.getValue()));
        }
        if (overdueOnly.getValue()) {
            parameters.put(OVERDUE, java.util.List.of("true"));
        }
        if (validDueWithin() != null) {
            parameters.put(DUE_WITHIN, java.util.List.of(String.valueOf(validDueWithin())));
        }
        if (escalatedOnly.getValue()) {
            parameters.put(ESCALATED, java.util.List.of("true"));
        }
        return new QueryParameters(parameters);
    }

    static final String SCOPE = "scope";
    static final String STAGE = "stage";
    static final String ESCALATED = "escalated";

    static final String ROLE = "role";
    static final String OVERDUE = "overdue";
    static final String DUE_WITHIN = "dueWithin";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getQueryString();
        if (query.equals(written)) {
            written = null;
            return;
        }
        written = null;
        Map<String, java.util.List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applying = true;
        try {
            String scopeName = first(parameters, SCOPE);
            // an unknown scope or a stage this user is not offered (an old link) is left at its default
            scope.setValue(java.util.Arrays.stream(InboxQuery.Scope.values())
                    .filter(s -> s.name().equals(scopeName)).findFirst().orElse(InboxQuery.Scope.WORKABLE));
            String stageCode = first(parameters, STAGE);
            stage.setValue(stage.getListDataView().getItems().filter(s -> s != null && s.code().equals(stageCode))
                    .findFirst().orElse(null));
            escalatedOnly.setValue("true".equals(first(parameters, ESCALATED)));
            String role = first(parameters, ROLE);
            // a role the list does not offer (an old link) is left out rather than shown as an empty choice
            roleFilter.setValue(role != null && roleFilter.getListDataView().getItems().anyMatch(role::equals)
                    ? role : null);
            overdueOnly.setValue("true".equals(first(parameters, OVERDUE)));
            String days = first(parameters, DUE_WITHIN);
            Integer parsed = null;
            try {
                parsed = days == null ? null : Integer.valueOf(days.strip());
            } catch (NumberFormatException notANumber) {
                parsed = null;
            }
            dueWithin.setValue(parsed);
            boolean badDays = days != null && (parsed == null || validDueWithin() == null);
            dueWithin.setErrorMessage(badDays ? getTranslation("inbox.filter.due-within.invalid",
                    String.valueOf(InboxQuery.MAX_DUE_WITHIN_DAYS)) : null);
            dueWithin.setInvalid(badDays);
        } finally {
            applying = false;
        }
        refresh();
    }

    private static String first(Map<String, java.util.List<String>> parameters, String name) {
        java.util.List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /** Back to the inbox as it opens: every filter cleared, the address too. */
    private void clear() {
        applying = true;
        try {
            stage.clear();
            roleFilter.clear();
            search.clear();
            overdueOnly.clear();
            dueWithin.clear();
            dueWithin.setInvalid(false);
            escalatedOnly.clear();
            scope.setValue(InboxQuery.Scope.WORKABLE);
        } finally {
            applying = false;
        }
        written = "";
        getUI().ifPresent(ui -> ui.navigate(InboxView.class, QueryParameters.empty()));
        refresh();
    }

    /**
     * Claim (a certification task nobody has yet; other work is claimed on its own page, with its own rules) and
     * Open, as a spaced row like a {@link HorizontalLayout}. Open is a link, not a button: the browser's router
     * follows its address even when a refresh (a search typed a moment before) has drawn the row again, where a
     * button's click would be lost.
     */
    private LitRenderer<StaffTask> actions() {
        return LitRenderer.<StaffTask>of("""
                        <vaadin-horizontal-layout theme="spacing">${item.claimable ? html`<vaadin-button \
                        theme="small primary" id="claim-${item.application}" @click=${claim}>${item.claimText}\
                        </vaadin-button>` : ''}<a href="${item.href}" router-link id="open-${item.number}"\
                        >${item.openText}</a></vaadin-horizontal-layout>""")
                .withProperty("claimable", InboxView::claimable)
                // never null: other work (a complaint) may have no application, and a null property is no text
                .withProperty("application", task -> java.util.Objects.toString(task.applicationNumber(), ""))
                .withProperty("claimText", task -> getTranslation("inbox.claim"))
                .withProperty("href", task -> java.util.Objects.toString(taskPath(task), ""))
                .withProperty("number", task -> java.util.Objects.toString(task.number(), ""))
                .withProperty("openText", task -> getTranslation("inbox.open"))
                // the browser may call it for any row it was sent: a row without the button claims nothing
                .withFunction("claim", task -> {
                    if (claimable(task)) {
                        claim(task);
                    }
                });
    }

    private static boolean claimable(StaffTask task) {
        return task.assignee() == null && task.certification();
    }

    private void claim(StaffTask task) {
        try {
            staffTasks.claim(user, task.id());
            Notification.show(getTranslation("inbox.claimed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            openTask(task);
        } catch (RefusedException e) {
            UiErrorHandling.show(e);
            grid.getDataProvider().refreshAll();
        }
    }

    private void openTask(StaffTask task) {
        getUI().ifPresent(ui -> ui.navigate(taskPath(task)));
    }

    private static String taskPath(StaffTask task) {
        return task.certification()
                ? RouteConfiguration.forSessionScope().getUrl(TaskView.class, TaskView.parameters(task.id()))
                : task.path();
    }

    private String stageLabel(String code) {
        return stages.all().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> getTranslation(s.labelKey())).orElse(code);
    }

    private void refreshCount() {
        long total = tasks.count(user, filter());
        // a filter by time or priority counts up to the limit: the grid lists that many, and says there are more
        count.setText(total > TaskInbox.COUNT_LIMIT ? getTranslation("inbox.count.more", TaskInbox.COUNT_LIMIT)
                : getTranslation("inbox.count", total));
        // an empty inbox, or filters that find nothing: the second says so and offers the way back
        boolean filtered = !filter().unfiltered() || scope.getValue() != InboxQuery.Scope.WORKABLE;
        empty.setVisible(total == 0 && !filtered);
        noneMatch.setVisible(total == 0 && filtered);
        clearFilters.setVisible(total == 0 && filtered);
        grid.setVisible(total > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.name");
    }
}
