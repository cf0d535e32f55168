package eu.skills4cities.citycert.security.ui;

import eu.skills4cities.citycert.base.PublicLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.RegistrationService;

/**
 * The target of the verification link: opens the account, or confirms the new address of an open account (the
 * link its holder asked for on My account), or offers a new link.
 */
@Route(value = "verify-email", layout = PublicLayout.class)
@AnonymousAllowed
class VerifyEmailView extends AccountPage implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;
    private final AccountSettings settings;

    VerifyEmailView(RegistrationService registrations, AccountSettings settings) {
        this.registrations = registrations;
        this.settings = settings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("verify.title")), outcome);
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        try {
            registrations.verifyEmail(token);
            showOutcome("verify.done");
            add(new Anchor("login", getTranslation("verify.to-login")));
            return;
        } catch (RefusedException e) {
            // not a registration's link: perhaps the link to a new address
        }
        try {
            settings.confirmEmailChange(token);
            showOutcome("account.email.confirmed");
            add(new Anchor("account", getTranslation("account.email.to-account")));
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.CONFLICT) {
                outcome.setText(eu.skills4cities.citycert.base.UiErrorHandling.text(e));
                outcome.setVisible(true);
                return;
            }
            showOutcome("account.link-invalid");
            EmailField email = new EmailField(getTranslation("register.email"));
            email.setId("email");
            Button resend = new Button(getTranslation("verify.resend"), click -> {
                registrations.resendVerification(email.getValue());
                showOutcome("verify.resent");
            });
            resend.setId("resend");
            add(email, resend);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
