package eu.skills4cities.citycert.appeal.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.appeal.AppealPanel;
import eu.skills4cities.citycert.appeal.PanelAppeal;
import eu.skills4cities.citycert.base.DateDisplay;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The appeals panel's work list: open appeals, overdue ones marked, those the reader took part in marked. */
@Route("appeals/panel")
@Menu(order = 3.5, title = "menu.appeals-panel")
@RolesAllowed(Role.APPEALS_PANEL_NAME)
class AppealsPanelView extends VerticalLayout implements HasDynamicTitle {

    AppealsPanelView(AppealPanel panel, CurrentUserProvider users) {
        List<PanelAppeal> open = panel.open(users.require());
        Grid<PanelAppeal> grid = new Grid<>();
        grid.setId("panel-appeals");
        grid.addColumn(p -> p.appeal().number()).setHeader(getTranslation("appeal.number")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("appeal.kind." + p.appeal().contested().name()))
                .setHeader(getTranslation("appeal.decision.kind")).setFlexGrow(1);
        grid.addColumn(p -> DateDisplay.dateTime(p.appeal().dueAt(), getLocale())
                        + (p.escalated() ? " ⚠" : "")).setHeader(getTranslation("appeal.due")).setAutoWidth(true);
        grid.addColumn(p -> p.assignee() == null ? "" : p.assignee()).setHeader(getTranslation("appeal.panel.assignee"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.excluded() ? getTranslation("appeal.panel.excluded") : "").setAutoWidth(true);
        grid.addColumn(LitRenderer.<PanelAppeal>of("<vaadin-button theme=\"small\" @click=${open}>${item.label}</vaadin-button>")
                        .withProperty("label", p -> getTranslation("appeal.open"))
                        .withFunction("open", p -> getUI().ifPresent(ui -> ui.navigate("appeals/" + p.appeal().id()))))
                .setKey("open").setAutoWidth(true);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("appeal.panel.empty"));
        empty.setId("no-panel-appeals");
        empty.setVisible(open.isEmpty());
        add(new H2(getTranslation("appeal.panel.title")), empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.panel.title") + " | " + getTranslation("app.name");
    }
}
