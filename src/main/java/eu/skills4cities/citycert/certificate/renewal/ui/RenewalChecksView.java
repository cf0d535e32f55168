package eu.skills4cities.citycert.certificate.renewal.ui;

import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.certificate.renewal.RenewalChecks;
import eu.skills4cities.citycert.framework.ContentTitles;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The reviewers' queue of renewals to check (beside the inbox), longest waiting first. */
@Route("renewals")
@Menu(order = 4, title = "menu.renewals")
@RolesAllowed(Role.REVIEWER_NAME)
class RenewalChecksView extends VerticalLayout implements HasDynamicTitle {

    RenewalChecksView(RenewalChecks checks, CurrentUserProvider users, FrameworkCatalogue framework) {
        add(new H2(getTranslation("checks.title")));
        var open = checks.open(users.require());
        if (open.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("checks.empty"));
            empty.setId("checks-empty");
            add(empty);
            return;
        }
        Grid<RenewalChecks.OpenCheck> grid = new Grid<>();
        grid.setId("renewal-checks");
        // the row's action is a renderer, not a component: a re-rendered row keeps its click
        grid.addColumn(LitRenderer.<RenewalChecks.OpenCheck>of("<a href=\"renewals/${item.task}\">${item.number}</a>")
                        .withProperty("task", RenewalChecks.OpenCheck::taskId)
                        .withProperty("number", check -> check.certificate().number()))
                .setKey("number").setHeader(getTranslation("checks.column.certificate")).setAutoWidth(true);
        grid.addColumn(check -> check.certificate().holderName()).setKey("holder")
                .setHeader(getTranslation("checks.column.holder"));
        // the role in the reader's language, by the version each certificate used: one lookup for the list
        ContentTitles titles = framework.titles(open.stream().map(check -> check.certificate().frameworkVersionId())
                .toList(), getLocale());
        grid.addColumn(check -> titles.role(check.certificate().frameworkVersionId(), check.certificate().roleCode(),
                        check.certificate().roleTitle()).text()).setKey("role")
                .setHeader(getTranslation("checks.column.role"));
        grid.addColumn(check -> DateDisplay.dateTime(check.renewal().submittedAt(), getLocale())).setKey("submitted")
                .setHeader(getTranslation("checks.column.submitted"));
        grid.addColumn(check -> check.due() == null ? "" : DateDisplay.dateTime(check.due(), getLocale()))
                .setKey("due").setHeader(getTranslation("checks.column.due"));
        grid.addColumn(check -> check.assignee() == null ? "" : check.assignee()).setKey("assignee")
                .setHeader(getTranslation("checks.column.assignee"));
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checks.title") + " | " + getTranslation("app.name");
    }
}
