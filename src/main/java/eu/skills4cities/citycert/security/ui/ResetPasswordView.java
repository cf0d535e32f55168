package eu.skills4cities.citycert.security.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.RegistrationService;

/** The target of the reset link: choose a new password. */
@Route(value = "reset-password", layout = PublicLayout.class)
@AnonymousAllowed
class ResetPasswordView extends AccountPage implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private String token = "";

    ResetPasswordView(RegistrationService registrations) {
        this.registrations = registrations;
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password.helper"));
        password.setWidthFull();
        PasswordField repeat = new PasswordField(getTranslation("register.password.repeat"));
        repeat.setId("password-repeat");
        repeat.setWidthFull();
        problems.field(repeat, "problem.password.repeat").field(password, "problem.password.");
        Button save = new Button(getTranslation("reset.submit"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                showProblems(List.of(UserMessage.of("problem.password.repeat")));
                return;
            }
            try {
                this.registrations.resetPassword(token, password.getValue());
                showOutcome("reset.done");
                password.setVisible(false);
                repeat.setVisible(false);
                save.setVisible(false);
            } catch (InvalidInputException e) {
                showProblems(e.problems());
            } catch (RefusedException e) {
                showOutcome("account.link-invalid");
            }
        });
        add(new H1(getTranslation("reset.title")), problems, password, repeat, save, outcome,
                new Anchor("login", getTranslation("register.to-login")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
