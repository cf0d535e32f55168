package eu.skills4cities.citycert.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UiErrorHandling;
import eu.skills4cities.citycert.privacy.PersonalDataService;
import eu.skills4cities.citycert.security.CurrentUserProvider;
import eu.skills4cities.citycert.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The candidate's own account: download their data, or delete the account. */
@Route("account")
@Menu(order = 4, title = "menu.account")
@RolesAllowed(Role.CANDIDATE_NAME)
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    MyAccountView(PersonalDataService personalData, CurrentUserProvider users, AuthenticationContext authentication) {
        setMaxWidth("48rem");
        Anchor export = new Anchor("api/me/data", getTranslation("account.export"));
        export.setId("export");
        export.setDownload(true);
        export.setRouterIgnore(true);

        TextField confirmation = new TextField(getTranslation("account.delete.confirm-label"));
        confirmation.setId("delete-confirmation");
        Paragraph problem = new Paragraph();
        problem.setId("delete-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button delete = new Button(getTranslation("account.delete.button"), click -> {
            try {
                personalData.deleteAccount(users.require(), confirmation.getValue().strip());
                authentication.logout();
            } catch (RefusedException e) {
                problem.setText(UiErrorHandling.text(e));
            }
        });
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("account.title")), new H3(getTranslation("account.export")),
                new Paragraph(getTranslation("account.export.intro")), export,
                new H3(getTranslation("account.delete.title")), new Paragraph(getTranslation("account.delete.intro")),
                confirmation, problem, delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
