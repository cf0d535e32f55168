package eu.skills4cities.citycert.security.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.security.Registration;
import eu.skills4cities.citycert.security.RegistrationService;

/** Registering as a candidate: the account opens when the emailed link is followed. */
@Route(value = "register", layout = PublicLayout.class)
@AnonymousAllowed
class RegisterView extends AccountPage implements HasDynamicTitle {

    RegisterView(RegistrationService registrations) {
        TextField fullName = new TextField(getTranslation("register.full-name"));
        fullName.setId("full-name");
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setId("email");
        TextField username = new TextField(getTranslation("register.username"));
        username.setId("username");
        username.setHelperText(getTranslation("register.username.helper"));
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setId("password");
        password.setHelperText(getTranslation("register.password.helper"));
        PasswordField repeat = new PasswordField(getTranslation("register.password.repeat"));
        repeat.setId("password-repeat");
        List<Component> form = List.of(fullName, email, username, password, repeat);
        // the repeat before the password: its key begins like the password's own problems
        problems.field(fullName, "problem.account.full-name").field(email, "problem.account.email",
                        "problem.account.email-taken").field(username, "problem.account.username",
                        "problem.account.username-taken").field(repeat, "problem.password.repeat")
                .field(password, "problem.password.");
        form.forEach(field -> ((HasSize) field).setWidthFull());
        Button register = new Button(getTranslation("register.submit"));
        register.addClickListener(click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                showProblems(List.of(UserMessage.of("problem.password.repeat")));
                return;
            }
            try {
                registrations.register(new Registration(username.getValue().strip(), fullName.getValue(),
                        email.getValue(), password.getValue()));
                showOutcome("register.done");
                form.forEach(field -> field.setVisible(false));
                register.setVisible(false);
            } catch (InvalidInputException e) {
                showProblems(e.problems());
            }
        });
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("register.title")), problems, new Paragraph(getTranslation("register.intro")),
                fullName, email, username, password, repeat, register, outcome,
                new Anchor("login", getTranslation("register.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " | " + getTranslation("app.name");
    }
}
