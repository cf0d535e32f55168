package eu.skills4cities.citycert.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
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
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox tasks;
    private final StaffTaskService staffTasks;
    private final InboxStages stages;
    private final CurrentUser user;
    private final Grid<StaffTask> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();

    InboxView(TaskInbox tasks, StaffTaskService staffTasks, InboxStages stages, CurrentUserProvider users) {
        this.tasks = tasks;
        this.staffTasks = staffTasks;
        this.stages = stages;
        this.user = users.require();
        setSizeFull();
        count.setId("task-count");
        empty.setId("no-tasks");
        empty.setText(getTranslation("inbox.empty"));

        grid.setId("tasks");
        grid.addColumn(t -> stageLabel(t.stage())).setKey("task")
                .setHeader(getTranslation("inbox.column.task"));
        grid.addColumn(StaffTask::number).setKey("application")
                .setHeader(getTranslation("inbox.column.number"));
        grid.addColumn(StaffTask::candidateName).setKey("candidate").setHeader(getTranslation("inbox.column.candidate"));
        grid.addColumn(StaffTask::roleTitle).setKey("role").setHeader(getTranslation("inbox.column.role")).setFlexGrow(2);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("inbox.unassigned") : t.assignee()).setKey("assignee")
                .setHeader(getTranslation("inbox.column.assignee"));
        grid.addColumn(t -> DateDisplay.dateTime(t.created(), getLocale())).setKey("created")
                .setHeader(getTranslation("inbox.column.created"));
        grid.addColumn(t -> DateDisplay.dateTime(t.due(), getLocale())
                + (t.overdueAt(tasks.now()) ? " · " + getTranslation("inbox.overdue") : "")).setKey("due")
                .setHeader(getTranslation("inbox.column.due"));
        // the "overdue" part lets a theme colour such rows; the Due column says it in words
        grid.setPartNameGenerator(t -> t.overdueAt(tasks.now()) ? "overdue" : null);
        grid.addComponentColumn(t -> t.escalated() ? EscalationNote.badge() : new Span()).setKey("escalated")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFrozenToEnd(true);
        // every column as wide as its content, so that numbers, names and dates are read whole
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> tasks.inbox(user, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) tasks.count(user, filter()));
        add(new H2(getTranslation("inbox.title")), filters(), count, empty, grid);
        refreshCount();
    }

    private final Select<InboxQuery.Scope> scope = new Select<>();
    private final Select<InboxStage> stage = new Select<>();
    private final TextField search = new TextField();
    private final Select<InboxQuery.Sort> sort = new Select<>();
    private final Checkbox newestFirst = new Checkbox();
    private final Checkbox escalatedOnly = new Checkbox();

    private HorizontalLayout filters() {
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
        sort.setId("filter-sort");
        sort.setLabel(getTranslation("inbox.filter.sort"));
        sort.setItems(InboxQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("inbox.sort." + s.name()));
        sort.setValue(InboxQuery.Sort.CREATED);
        newestFirst.setId("filter-descending");
        newestFirst.setLabel(getTranslation("inbox.filter.descending"));
        scope.addValueChangeListener(change -> refresh());
        stage.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());
        newestFirst.addValueChangeListener(change -> refresh());
        escalatedOnly.setId("filter-escalated");
        escalatedOnly.setLabel(getTranslation("inbox.filter.escalated"));
        escalatedOnly.addValueChangeListener(change -> refresh());
        HorizontalLayout bar = new HorizontalLayout(scope, stage, search, sort, newestFirst, escalatedOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private InboxQuery filter() {
        return new InboxQuery(scope.getValue(), stage.getValue() == null ? null : stage.getValue().code(), null, false, null, search.getValue(), sort.getValue(),
                newestFirst.getValue(), escalatedOnly.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCount();
    }

    private HorizontalLayout actions(StaffTask task) {
        // a link, not a button: the browser's router follows its address even when a refresh (a search
        // typed a moment before) has replaced the row's components, where a button's click would be lost
        Anchor open = new Anchor(taskPath(task), getTranslation("inbox.open"));
        open.getElement().setAttribute("router-link", true);
        open.setId("open-" + task.number());
        HorizontalLayout actions = new HorizontalLayout(open);
        if (task.assignee() == null && task.certification()) {
            // other work is claimed on its own page, with its own rules
            Button claim = new Button(getTranslation("inbox.claim"), click -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim-" + task.applicationNumber());
            actions.addComponentAsFirst(claim);
        }
        return actions;
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
        count.setText(getTranslation("inbox.count", total));
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " | " + getTranslation("app.name");
    }
}
