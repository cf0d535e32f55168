package eu.skills4cities.citycert.exam.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
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
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.Refusal;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.YamlImportSection;
import eu.skills4cities.citycert.exam.ExamItem;
import eu.skills4cities.citycert.exam.ItemBank;
import eu.skills4cities.citycert.exam.ItemBankFiles;
import eu.skills4cities.citycert.exam.ItemFilter;
import eu.skills4cities.citycert.exam.ItemOption;
import eu.skills4cities.citycert.exam.ItemStatus;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The item bank: the items (every version) with filters and lazy paging; the selected version's
 * content, correct options and history, with what the user may do to it (edit, submit, approve,
 * retire, each confirmed); a new item; import with the file's problems listed; export of the
 * filtered bank. Officers, auditors and administrators read; authors write; the service decides.
 */
@Route("exam/items")
@Menu(order = 12, title = "menu.item-bank")
@RolesAllowed({Role.EXAM_AUTHOR_NAME, Role.CERTIFICATION_OFFICER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
class ItemBankView extends VerticalLayout implements HasDynamicTitle {

    private final ItemBank bank;
    private final ItemBankFiles files;
    private final CurrentUser user;
    private final List<PublishedRole> roles;
    private final ElementChooser filterElement;
    private final Select<ItemStatus> filterStatus = new Select<>();
    private final TextField search = new TextField();
    private final Grid<ExamItem> items = new Grid<>();
    private final Div selected = new Div();
    private YamlImportSection importSection;
    private final Anchor export = new Anchor();

    ItemBankView(ItemBank bank, ItemBankFiles files, FrameworkCatalogue catalogue, CurrentUserProvider users) {
        this.bank = bank;
        this.files = files;
        this.user = users.require();
        this.roles = catalogue.publishedRoles();
        this.filterElement = new ElementChooser(roles, true);
        add(new H2(getTranslation("exam.bank.title")), new Paragraph(getTranslation("exam.bank.help")));
        if (user.has(Role.EXAM_AUTHOR)) {
            Button create = new Button(getTranslation("exam.bank.new"), click -> new ItemEditor(bank, user, roles,
                    null, this::saved).open());
            create.setId("new-item");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create, importSection());
        }
        add(filters(), grid(), selected);
        selected.setId("selected-item");
        refresh();
    }

    private HorizontalLayout filters() {
        filterStatus.setId("filter-status");
        filterStatus.setLabel(getTranslation("exam.field.status"));
        filterStatus.setItems(ItemStatus.values());
        filterStatus.setEmptySelectionAllowed(true);
        filterStatus.setItemLabelGenerator(s -> s == null ? "" : getTranslation("exam.status." + s.name()));
        search.setId("filter-text");
        search.setLabel(getTranslation("exam.bank.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        filterElement.addChangeListener(this::refresh);
        filterStatus.addValueChangeListener(change -> refresh());
        search.addValueChangeListener(change -> refresh());
        export.setId("export");
        export.setText(getTranslation("exam.bank.export"));
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(filterElement, filterStatus, search, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Grid<ExamItem> grid() {
        items.setId("items");
        items.addColumn(ExamItem::code).setKey("code").setHeader(getTranslation("exam.field.code")).setAutoWidth(true);
        items.addColumn(ExamItem::version).setKey("version").setHeader(getTranslation("exam.field.version"))
                .setAutoWidth(true);
        items.addColumn(StatusBadge.renderer(i -> getTranslation("exam.status." + i.status().name()),
                        i -> ItemBadges.tone(i.status()))).setKey("status")
                .setHeader(getTranslation("exam.field.status")).setAutoWidth(true);
        items.addColumn(ExamItem::elementCode).setKey("element").setHeader(getTranslation("exam.field.element"))
                .setAutoWidth(true);
        items.addColumn(i -> getTranslation("exam.difficulty." + i.difficulty().name())).setKey("difficulty")
                .setHeader(getTranslation("exam.field.difficulty")).setAutoWidth(true);
        items.addColumn(i -> i.stem().length() > 90 ? i.stem().substring(0, 90) + "…" : i.stem()).setKey("stem")
                .setHeader(getTranslation("exam.field.stem"));
        items.addColumn(i -> DateDisplay.dateTime(i.updatedAt(), getLocale()) + " · " + i.updatedBy())
                .setKey("updated").setHeader(getTranslation("exam.field.updated")).setAutoWidth(true);
        items.setPageSize(50);
        items.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));
        return items;
    }

    private YamlImportSection importSection() {
        importSection = new YamlImportSection(getTranslation("exam.bank.import"),
                getTranslation("exam.bank.import.help"), "item-file", this::importFile);
        return importSection;
    }

    private void importFile(String fileName, byte[] bytes) {
        try {
            List<ExamItem> imported = files.importFile(user, fileName, bytes);
            importSection.imported();
            Notification.show(getTranslation("exam.bank.imported", String.valueOf(imported.size())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException e) {
            importSection.refused(e, "exam.import.refused");
        } catch (Refusal e) {
            UiErrorHandling.show(e);
        }
    }

    private ItemFilter filter() {
        return new ItemFilter(filterElement.roleCode(), filterElement.unitCode(), filterElement.elementCode(),
                filterStatus.getValue(), search.getValue());
    }

    private void refresh() {
        ItemFilter filter = filter();
        items.setItems(query -> bank.list(user, filter, query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) bank.list(user, filter, 0, 1).total());
        StringBuilder href = new StringBuilder("api/exam/items/export?");
        if (filter.roleCode() != null) {
            href.append("role=").append(filter.roleCode()).append('&');
        }
        if (filter.unitCode() != null) {
            href.append("unit=").append(filter.unitCode()).append('&');
        }
        if (filter.elementCode() != null) {
            href.append("element=").append(filter.elementCode()).append('&');
        }
        if (filter.status() != null) {
            href.append("status=").append(filter.status().name());
        }
        export.setHref(href.toString());
        show(null);
    }

    private void saved(ExamItem item) {
        Notification.show(getTranslation("exam.bank.saved", item.code(), String.valueOf(item.version())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        show(item);
    }

    private void show(ExamItem item) {
        selected.removeAll();
        if (item == null) {
            return;
        }
        selected.add(new H3(getTranslation("exam.bank.item", item.code(), String.valueOf(item.version()),
                getTranslation("exam.status." + item.status().name()))));
        selected.add(new Paragraph(getTranslation("exam.bank.item.element", item.roleCode(), item.unitCode(),
                item.elementCode(), getTranslation("exam.difficulty." + item.difficulty().name()),
                getTranslation(item.multipleChoice() ? "exam.choice.multiple" : "exam.choice.single"))));
        if (item.sample()) {
            selected.add(new Paragraph(getTranslation("exam.bank.item.sample")));
        }
        Paragraph stem = new Paragraph(item.stem());
        stem.setId("selected-stem");
        UnorderedList options = new UnorderedList();
        options.setId("selected-options");
        for (ItemOption option : item.options()) {
            options.add(new ListItem((option.correct() ? "✔ " : "✘ ") + option.text()
                    + (option.correct() ? " (" + getTranslation("exam.field.correct") + ")" : "")));
        }
        selected.add(stem, options, new Paragraph(getTranslation("exam.field.explanation") + ": "
                + item.explanation()), new Paragraph(history(item)));
        selected.add(actions(item));
    }

    private String history(ExamItem item) {
        StringBuilder text = new StringBuilder(getTranslation("exam.bank.item.written", item.createdBy(),
                item.updatedBy()));
        if (item.approvedBy() != null) {
            text.append(' ').append(getTranslation("exam.bank.item.approved", item.approvedBy(),
                    DateDisplay.dateTime(item.approvedAt(), getLocale())));
        }
        if (item.retiredBy() != null) {
            text.append(' ').append(getTranslation("exam.bank.item.retired", item.retiredBy(),
                    DateDisplay.dateTime(item.retiredAt(), getLocale())));
        }
        return text.toString();
    }

    private HorizontalLayout actions(ExamItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean author = user.has(Role.EXAM_AUTHOR);
        boolean approver = author || user.has(Role.CERTIFICATION_OFFICER);
        if (author && item.status() != ItemStatus.RETIRED) {
            Button edit = new Button(getTranslation(item.status() == ItemStatus.APPROVED ? "exam.action.new-version"
                    : "exam.action.edit"), click -> new ItemEditor(bank, user, roles, item, this::saved).open());
            edit.setId("edit-item");
            actions.add(edit);
        }
        if (author && item.status() == ItemStatus.DRAFT) {
            actions.add(confirmed("submit", item, () -> bank.submit(user, item.id())));
        }
        if (bank.mayApprove(user, item)) {
            actions.add(confirmed("approve", item, () -> bank.approve(user, item.id())));
        } else if (approver && item.status() == ItemStatus.SUBMITTED) {
            Paragraph fourEyes = new Paragraph(getTranslation("exam.bank.four-eyes"));
            fourEyes.setId("four-eyes");
            actions.add(fourEyes);
        }
        if (approver && item.status() != ItemStatus.RETIRED) {
            actions.add(confirmed("retire", item, () -> bank.retire(user, item.id())));
        }
        return actions;
    }

    private Button confirmed(String action, ExamItem item, Supplier<ExamItem> change) {
        Button button = new Button(getTranslation("exam.action." + action));
        button.setId(action + "-item");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("exam.action." + action + ".confirm", item.code(),
                    String.valueOf(item.version())), getTranslation("exam.action." + action + ".text"),
                    getTranslation("exam.action." + action), confirm -> {
                        try {
                            ExamItem changed = change.get();
                            Notification.show(getTranslation("exam.action." + action + ".done", changed.code(),
                                    String.valueOf(changed.version()))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            refresh();
                            show(changed);
                        } catch (Refusal e) {
                            UiErrorHandling.show(e);
                        }
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.bank.title");
    }
}
