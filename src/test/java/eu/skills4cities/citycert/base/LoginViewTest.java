package eu.skills4cities.citycert.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page names the reason a sign-in failed: a wrong password, too many attempts, or a busy service. */
class LoginViewTest extends KaribuViewTest {

    @Test
    void a_throttled_sign_in_gets_its_own_message() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("throttled", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed sign-ins for this account or from your address");
    }

    @Test
    void a_wrong_password_gets_the_usual_message() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Check your username and password and try again.");
    }

    @Test
    void a_sign_in_without_a_database_connection_says_the_service_is_busy_not_that_the_password_is_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("busy", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Service busy", "The service is very busy just now. Please try again in a moment.")
                .doesNotContain("Check your username and password");
    }
}
