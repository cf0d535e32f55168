package eu.skills4cities.citycert.security.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import eu.skills4cities.citycert.security.RegistrationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asking for a password reset link; the answer is the same whether the address is known or not. */
@Route(value = "forgot-password", layout = PublicLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends AccountPage implements HasDynamicTitle {

    ForgotPasswordView(RegistrationService registrations) {
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setId("email");
        email.setWidthFull();
        Button send = new Button(getTranslation("forgot.submit"), click -> {
            registrations.requestPasswordReset(email.getValue());
            showOutcome("forgot.done");
        });
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, outcome,
                new Anchor("login", getTranslation("register.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + getTranslation("app.name");
    }
}
