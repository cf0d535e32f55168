package eu.skills4cities.citycert.security.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestMessages;
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
            assertThat(_find(Div.class, spec -> spec.withId("problems"))).isEmpty();
        }
    }

    @Test
    void each_problem_is_marked_on_its_field_and_listed_in_the_summary_until_it_is_fixed() {
        UI.getCurrent().navigate(RegisterView.class);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        _setValue(password, "one thing");
        _setValue(repeat, "another");
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(summaryItems()).containsExactly("The two passwords are not the same.");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(_get(H2.class, spec -> spec.withId("problems-title")).getText()).isEqualTo("There is a problem");

        _setValue(repeat, "one thing");
        assertThat(repeat.isInvalid()).as("fixed: the field's problem goes").isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("problems"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(summaryItems()).containsExactly(
                "The username must be 3 to 100 lower-case letters, digits, dots, dashes or underscores.",
                "The full name is required.",
                "The email address is not valid.",
                "The password must have at least 10 characters.");
        TextField username = _get(TextField.class, spec -> spec.withId("username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("full-name")).getErrorMessage())
                .isEqualTo("The full name is required.");
        assertThat(_get(EmailField.class, spec -> spec.withId("email")).isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must have at least 10 characters.");
        // each item leads to its field
        assertThat(_find(_get(Div.class, spec -> spec.withId("problems")), Button.class)).extracting(Button::getId)
                .containsExactly(java.util.Optional.of("problem-username"), java.util.Optional.of("problem-full-name"),
                        java.util.Optional.of("problem-email"), java.util.Optional.of("problem-password"));

        _setValue(username, "someone.fixed");
        assertThat(username.isInvalid()).isFalse();
        assertThat(summaryItems()).hasSize(3).doesNotContain(
                "The username must be 3 to 100 lower-case letters, digits, dots, dashes or underscores.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("outcome"))).isEmpty();
    }

    @Test
    void a_new_password_that_breaks_the_rules_is_marked_on_its_field_and_the_link_keeps_working() {
        var account = accounts.create(eu.skills4cities.citycert.security.Role.CANDIDATE);
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), accounts.email(account));
        _click(_get(Button.class, spec -> spec.withId("send")));
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", tokenMailedTo(accounts.email(account))));
        NavigatorKt.expectView(ResetPasswordView.class);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));

        _setValue(password, "short");
        _setValue(repeat, "shorter");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(summaryItems()).containsExactly("The two passwords are not the same.");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(password.isInvalid()).isFalse();

        _setValue(repeat, "short");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(summaryItems()).containsExactly("The password must have at least 10 characters.");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must have at least 10 characters.");
        assertThat(repeat.isInvalid()).isFalse();

        _setValue(password, "a much longer passphrase");
        assertThat(_find(Div.class, spec -> spec.withId("problems"))).isEmpty();
        _setValue(repeat, "a much longer passphrase");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .isEqualTo(TestMessages.english(eu.skills4cities.citycert.base.UserMessage.of("reset.done")));
    }

    private static java.util.List<String> summaryItems() {
        return _find(_get(Div.class, spec -> spec.withId("problems")), ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
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
