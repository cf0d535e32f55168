package eu.skills4cities.citycert.framework.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.base.YamlImportSection;
import eu.skills4cities.citycert.framework.FrameworkChange;
import eu.skills4cities.citycert.framework.FrameworkManagement;
import eu.skills4cities.citycert.framework.FrameworkVersionInfo;
import eu.skills4cities.citycert.framework.VersionStatus;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Frameworks and their versions: import a file as a new draft, publish, retire (each after a
 * confirmation), export, and compare two versions. Auditors see everything but change nothing.
 */
@Route("admin/frameworks")
@Menu(order = 10, title = "menu.frameworks")
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
class FrameworkAdminView extends VerticalLayout implements HasDynamicTitle {

    private final FrameworkManagement frameworks;
    private final CurrentUser user;
    private final Grid<FrameworkVersionInfo> versions = new Grid<>();
    private YamlImportSection importSection;
    private final Select<FrameworkVersionInfo> compareFrom = new Select<>();
    private final Select<FrameworkVersionInfo> compareTo = new Select<>();
    private final Grid<FrameworkChange> changes = new Grid<>();
    private final Paragraph noChanges = new Paragraph();

    FrameworkAdminView(FrameworkManagement frameworks, CurrentUserProvider users) {
        this.frameworks = frameworks;
        this.user = users.require();
        add(new H2(getTranslation("frameworks.title")));
        if (user.has(Role.ADMIN)) {
            add(importSection());
        }
        add(new H3(getTranslation("frameworks.versions")), versionGrid(), compareSection());
        refresh();
    }

    private YamlImportSection importSection() {
        importSection = new YamlImportSection(getTranslation("frameworks.import"),
                getTranslation("frameworks.import.help"), "framework-file", this::importFile);
        return importSection;
    }

    private void importFile(String fileName, byte[] bytes) {
        try {
            FrameworkVersionInfo imported = frameworks.importFile(user, fileName, bytes);
            importSection.imported();
            Notification.show(getTranslation("frameworks.imported", imported.displayName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException e) {
            importSection.refused(e, "framework.import.refused");
        }
    }

    private Grid<FrameworkVersionInfo> versionGrid() {
        versions.setId("versions");
        versions.addColumn(FrameworkVersionInfo::frameworkCode).setKey("framework")
                .setHeader(getTranslation("frameworks.column.framework")).setAutoWidth(true);
        versions.addColumn(FrameworkVersionInfo::versionNumber).setKey("version")
                .setHeader(getTranslation("frameworks.column.version")).setAutoWidth(true);
        versions.addColumn(v -> v.label() == null ? "" : v.label()).setKey("label")
                .setHeader(getTranslation("frameworks.column.label"));
        versions.addColumn(StatusBadge.renderer(v -> getTranslation("version.status." + v.status().name())
                + (v.sample() ? " · " + getTranslation("catalogue.sample") : ""), v -> VersionBadges.tone(v.status())))
                .setKey("status")
                .setHeader(getTranslation("frameworks.column.status"));
        versions.addColumn(FrameworkVersionInfo::roleCount).setKey("roles")
                .setHeader(getTranslation("frameworks.column.roles")).setAutoWidth(true);
        versions.addColumn(v -> DateDisplay.dateTime(v.importedAt(), getLocale()) + " · " + v.importedBy())
                .setKey("imported").setHeader(getTranslation("frameworks.column.imported"));
        versions.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        versions.setAllRowsVisible(true);
        return versions;
    }

    private HorizontalLayout actions(FrameworkVersionInfo version) {
        Anchor export = new Anchor("api/frameworks/versions/" + version.id() + "/export",
                getTranslation("frameworks.export"));
        export.setDownload(true);
        export.setRouterIgnore(true);
        HorizontalLayout actions = new HorizontalLayout(export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (user.has(Role.ADMIN) && version.status() == VersionStatus.DRAFT) {
            actions.add(confirmed("frameworks.publish", version, () -> frameworks.publish(user, version.id())));
        }
        if (user.has(Role.ADMIN) && version.status() == VersionStatus.PUBLISHED) {
            actions.add(confirmed("frameworks.retire", version, () -> frameworks.retire(user, version.id())));
        }
        return actions;
    }

    private Button confirmed(String action, FrameworkVersionInfo version, Runnable change) {
        Button button = new Button(getTranslation(action));
        button.setId(action.substring(action.indexOf('.') + 1) + "-" + version.frameworkCode() + "-" + version.versionNumber());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation(action + ".confirm.title", version.displayName()),
                    getTranslation(action + ".confirm.text"), getTranslation(action), confirm -> {
                        try {
                            change.run();
                            Notification.show(getTranslation(action + ".done", version.displayName()))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        } catch (RefusedException e) {
                            UiErrorHandling.show(e);
                        }
                        refresh();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        return button;
    }

    private VerticalLayout compareSection() {
        compareFrom.setId("compare-from");
        compareTo.setId("compare-to");
        compareFrom.setLabel(getTranslation("frameworks.compare.from"));
        compareTo.setLabel(getTranslation("frameworks.compare.to"));
        compareFrom.setItemLabelGenerator(FrameworkVersionInfo::displayName);
        compareTo.setItemLabelGenerator(FrameworkVersionInfo::displayName);
        Button compare = new Button(getTranslation("frameworks.compare"), click -> compare());
        compare.setId("compare");
        HorizontalLayout pickers = new HorizontalLayout(compareFrom, compareTo, compare);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);

        changes.setId("changes");
        changes.addColumn(c -> getTranslation("change." + c.kind().name())).setKey("kind")
                .setHeader(getTranslation("frameworks.change.kind")).setAutoWidth(true);
        changes.addColumn(c -> getTranslation("level." + c.level().name())).setKey("level")
                .setHeader(getTranslation("frameworks.change.level")).setAutoWidth(true);
        changes.addColumn(FrameworkChange::path).setKey("path").setHeader(getTranslation("frameworks.change.path"))
                .setAutoWidth(true);
        changes.addColumn(FrameworkChange::title).setKey("title").setHeader(getTranslation("frameworks.change.title"));
        changes.addColumn(FrameworkChange::fields).setKey("fields").setHeader(getTranslation("frameworks.change.fields"));
        changes.setVisible(false);
        noChanges.setId("no-changes");
        noChanges.setText(getTranslation("frameworks.compare.none"));
        noChanges.setVisible(false);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("frameworks.compare.title")), pickers,
                noChanges, changes);
        section.setPadding(false);
        return section;
    }

    private void compare() {
        if (compareFrom.getValue() == null || compareTo.getValue() == null) {
            Notification.show(getTranslation("frameworks.compare.choose"));
            return;
        }
        List<FrameworkChange> found = frameworks.compare(user, compareFrom.getValue().id(), compareTo.getValue().id());
        changes.setItems(found);
        changes.setVisible(!found.isEmpty());
        noChanges.setVisible(found.isEmpty());
    }

    private void refresh() {
        List<FrameworkVersionInfo> all = frameworks.versions(user);
        versions.setItems(all);
        compareFrom.setItems(all);
        compareTo.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frameworks.title") + " | " + getTranslation("app.name");
    }
}
