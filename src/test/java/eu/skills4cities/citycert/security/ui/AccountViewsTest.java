package eu.skills4cities.citycert.security.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration, email verification and password reset pages, for people not signed in. */
class AccountViewsTest extends KaribuViewTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_visitor_registers_and_confirms_the_address_with_the_mailed_link() {
        String name = "view." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Vera View");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), name + "@example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("username")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a long passphrase");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "a long passphrase");

        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText()).startsWith("Almost done");
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isFalse();

        UI.getCurrent().navigate("verify-email", QueryParameters.of("token", tokenMailedTo(name + "@example.org")));

        NavigatorKt.expectView(VerifyEmailView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .isEqualTo("Your email address is confirmed and your account is open. You can sign in now.");
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isTrue();
    }

    @Test
    void a_taken_username_or_address_gets_the_same_answer_as_a_free_one() {
        var existing = accounts.create(eu.skills4cities.citycert.security.Role.CANDIDATE);
        String[][] attempts = {
                {existing.username(), "someone.new." + System.nanoTime() + "@example.org"},
                {"free." + Long.toString(System.nanoTime() % 1_000_000_000L, 36), accounts.email(existing)}};
        for (String[] attempt : attempts) {
            UI.getCurrent().getPage().reload();
            UI.getCurrent().navigate(RegisterView.class);
            _setValue(_get(TextField.class, spec -> spec.withId("full-name")), "Probe Person");
            _setValue(_get(EmailField.class, spec -> spec.withId("email")), attempt[1]);
            _setValue(_get(TextField.class, spec -> spec.withId("username")), attempt[0]);
            _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a long passphrase");
            _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "a long passphrase");

            _click(_get(Button.class, spec -> spec.withId("register")));

            assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText()).startsWith("Almost done");
            assertThat(_find(ListItem.class)).isEmpty();
        }
    }

    @Test
    void the_form_lists_every_problem_and_different_passwords_are_caught() {
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "one thing");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "another");
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("The two passwords are not the same.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "one thing");
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "The username must be 3 to 100 lower-case letters, digits, dots, dashes or underscores.",
                "The full name is required.",
                "The email address is not valid.",
                "The password must have at least 10 characters.");
    }

    @Test
    void a_used_or_unknown_link_offers_a_new_one() {
        UI.getCurrent().navigate("verify-email", QueryParameters.of("token", "not-a-real-token"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText()).startsWith("This link does not work");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), "someone@example.org");
        _click(_get(Button.class, spec -> spec.withId("resend")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText()).startsWith("If this address belongs");
    }

    @Test
    void asking_for_a_reset_gives_the_same_answer_for_any_address() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), "unknown-person@example.org");
        _click(_get(Button.class, spec -> spec.withId("send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .isEqualTo("If this address belongs to an account, a link to reset the password is on its way. "
                        + "It works for one hour.");
    }

    private String tokenMailedTo(String recipient) {
        String body = jdbc.sql("SELECT body FROM mail_message WHERE recipient = ? ORDER BY created_at DESC LIMIT 1")
                .param(recipient).query(String.class).single();
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
