package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Form login, in the public frame; Spring Security processes the POST to {@code /login}. */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView() {
        // the public header above gives the ways to the catalogue and verification
        setAlignItems(FlexComponent.Alignment.CENTER);

        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        form.setI18n(i18n);
        form.setAction("login");
        form.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.description")), form);
        if (RouteConfiguration.forApplicationScope().isPathAvailable(PublicLayout.REGISTER)) {
            add(new Anchor(PublicLayout.REGISTER, getTranslation("register.link")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // the security configuration sends a throttled sign-in here with ?throttled, and one that found no
        // database connection with ?busy (the password was not checked: "check your password" would mislead)
        boolean throttled = parameters.containsKey("throttled");
        boolean busy = parameters.containsKey("busy");
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title"
                : busy ? "login.busy.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttled.message"
                : busy ? "error.unavailable" : "login.error.message"));
        form.setI18n(i18n);
        form.setError(throttled || busy || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " | " + getTranslation("app.name");
    }
}
