package eu.skills4cities.citycert.application.ui;

import java.util.List;

import eu.skills4cities.citycert.application.ApplicationBadges;
import eu.skills4cities.citycert.application.ApplicationService;
import eu.skills4cities.citycert.application.ApplicationStatus;
import eu.skills4cities.citycert.application.ApplicationSummary;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.base.StatusBadge;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The candidate's applications, with the way to apply for another role. */
@Route("applications")
@Menu(order = 1, title = "menu.applications")
@RolesAllowed(Role.CANDIDATE_NAME)
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    MyApplicationsView(ApplicationService applications, CurrentUserProvider users, FrameworkCatalogue framework) {
        Button apply = new Button(getTranslation("applications.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(NewApplicationView.class)));
        apply.setId("apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("applications.title")), apply);

        var mine = applications.mine(users.require());
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("applications.empty"));
            empty.setId("no-applications");
            add(empty);
            return;
        }
        Grid<ApplicationSummary> grid = new Grid<>();
        grid.addColumn(ApplicationSummary::number).setKey("number").setHeader(getTranslation("applications.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        // the role in the reader's language from each application's own version, read once for all rows
        ContentTitles titles = framework.titles(mine.stream().map(ApplicationSummary::frameworkVersionId).toList(),
                getLocale());
        grid.addColumn(a -> titles.role(a.frameworkVersionId(), a.roleCode(), a.roleTitle()).text()).setKey("role").setHeader(getTranslation("applications.column.role"))
                .setFlexGrow(2);
        grid.addColumn(StatusBadge.renderer(a -> getTranslation("status." + a.status().name()),
                        a -> ApplicationBadges.tone(a.status()))).setKey("status")
                .setHeader(getTranslation("applications.column.status")).setFlexGrow(2);
        grid.addColumn(a -> a.submittedAt() == null ? getTranslation("application.not-submitted")
                        : DateDisplay.dateTime(a.submittedAt(), getLocale())).setKey("submitted")
                .setHeader(getTranslation("applications.column.submitted"));
        grid.addColumn(a -> DateDisplay.dateTime(a.updatedAt(), getLocale())).setKey("updated")
                .setHeader(getTranslation("applications.column.updated"));
        // a link, not a button: the router follows it even when the rows re-render (and a keyboard reaches it)
        grid.addComponentColumn(this::openLink).setKey("open").setAutoWidth(true).setFlexGrow(0)
                .setHeader(getTranslation("applications.column.open"));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(mine);
        // a draft opens in the wizard, anything submitted on its own page
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> {
            if (click.getItem().status() == ApplicationStatus.DRAFT) {
                ui.navigate(DraftWizardView.class, ApplicationView.parameters(click.getItem().id()));
            } else {
                ui.navigate(ApplicationView.class, ApplicationView.parameters(click.getItem().id()));
            }
        }));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** Continue a draft in the wizard, or open a submitted application; named by its number for screen readers. */
    private RouterLink openLink(ApplicationSummary application) {
        boolean draft = application.status() == ApplicationStatus.DRAFT;
        RouterLink link = draft
                ? new RouterLink(getTranslation("applications.continue"), DraftWizardView.class,
                        ApplicationView.parameters(application.id()))
                : new RouterLink(getTranslation("applications.open"), ApplicationView.class,
                        ApplicationView.parameters(application.id()));
        link.getElement().setAttribute("aria-label", getTranslation(draft ? "home.candidate.continue"
                : "home.candidate.open", application.number()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title") + " | " + getTranslation("app.name");
    }
}
