package eu.skills4cities.citycert.demo.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.RegistrationService;
import eu.skills4cities.citycert.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo mailbox shows a visitor only the mail of accounts registered in their own browser
 * session, never a password reset of somebody else's account; administrators see all.
 */
class DemoMailboxViewTest extends KaribuViewTest {

    @Autowired
    RegistrationService registrations;

    private CurrentUser admin;
    private String adminEmail;

    @BeforeEach
    void anAdministratorAsksForAPasswordReset() {
        admin = accounts.create(Role.ADMIN);
        adminEmail = accounts.email(admin);
        registrations.requestPasswordReset(adminEmail);
    }

    @Test
    void a_visitor_who_registered_nothing_sees_no_mail_at_all() {
        UI.getCurrent().navigate("demo/mailbox");

        assertThat(recipients()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("mailbox-empty")).getText()).startsWith("No messages for you yet");
    }

    @Test
    void a_visitor_sees_the_confirmation_of_the_account_they_registered_and_nothing_else() {
        String name = "mailbox." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        register(name, name + "@example.org");

        UI.getCurrent().navigate("demo/mailbox");

        assertThat(recipients()).containsExactly(name + "@example.org");
        assertThat(_get(Details.class).getSummaryText()).contains("Confirm your email address");
    }

    @Test
    void registering_with_someone_elses_address_does_not_open_their_mail() {
        String name = "probe." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        register(name, adminEmail.toUpperCase());
        registrations.requestPasswordReset(adminEmail);

        UI.getCurrent().navigate("demo/mailbox");

        assertThat(recipients()).isEmpty();
    }

    @Test
    void a_signed_in_administrator_sees_every_mail() {
        signIn(admin);

        UI.getCurrent().navigate("demo/mailbox");

        assertThat(recipients()).contains(adminEmail);
    }

    private void register(String username, String email) {
        UI.getCurrent().navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Mia Mailbox");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a long passphrase of hers");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "a long passphrase of hers");
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText()).startsWith("Almost done");
    }

    /** The recipient of each message shown (the summary reads "date · recipient · subject"). */
    private static List<String> recipients() {
        return _find(Details.class).stream().map(d -> d.getSummaryText().split(" · ")[1]).distinct().toList();
    }
}
