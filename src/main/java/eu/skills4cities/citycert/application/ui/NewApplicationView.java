package eu.skills4cities.citycert.application.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.skills4cities.citycert.application.ApplicationDetails;
import eu.skills4cities.citycert.application.ApplicationDrafts;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.framework.FrameworkCatalogue;
import eu.skills4cities.citycert.framework.PublishedRole;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The first step of applying: choose the role. It starts a draft, which the wizard
 * ({@link DraftWizardView}) completes; the draft is saved as the candidate goes.
 */
@Route("applications/new")
@RolesAllowed(Role.CANDIDATE_NAME)
class NewApplicationView extends VerticalLayout implements HasDynamicTitle {

    NewApplicationView(ApplicationDrafts drafts, FrameworkCatalogue framework, CurrentUserProvider users) {
        setMaxWidth("48rem");
        Select<PublishedRole> role = new Select<>();
        role.setId("role");
        role.setLabel(getTranslation("apply.role"));
        role.setPlaceholder(getTranslation("apply.role.placeholder"));
        role.setItems(framework.publishedRoles());
        role.setItemLabelGenerator(r -> r.sample()
                ? r.role().title() + " (" + getTranslation("apply.role.sample") + ")" : r.role().title());
        role.setWidthFull();

        Div problems = new Div();
        problems.setId("problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        Button start = new Button(getTranslation("apply.start"), click -> {
            try {
                ApplicationDetails draft = drafts.startDraft(users.require(),
                        role.getValue() == null ? null : role.getValue().role().code());
                getUI().ifPresent(ui -> ui.navigate(DraftWizardView.class, ApplicationView.parameters(draft.id())));
            } catch (InvalidInputException e) {
                problems.removeAll();
                UiErrorHandling.sentences(e).forEach(text -> problems.add(new Paragraph(text)));
            }
        });
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("apply.title")), new Paragraph(getTranslation("apply.intro")), role,
                new Anchor("catalogue", getTranslation("login.catalogue")), problems, start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.title") + " | " + getTranslation("app.name");
    }
}
