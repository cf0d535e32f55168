package eu.skills4cities.citycert.privacy.ui;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.skills4cities.citycert.KaribuViewTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.notification.MailTopic;
import eu.skills4cities.citycert.security.AccountSettings;
import eu.skills4cities.citycert.security.CurrentUser;
import eu.skills4cities.citycert.security.Role;
import eu.skills4cities.citycert.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MyAccountViewTest extends KaribuViewTest {

    @Autowired
    AccountSettings settings;
    @Autowired
    UserAccountService users;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;
    @Autowired
    eu.skills4cities.citycert.privacy.PersonalDataService personalData;

    @Test
    void an_empty_name_is_marked_on_its_field_until_it_is_fixed_then_saved() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate(MyAccountView.class);
        TextField name = _get(TextField.class, spec -> spec.withId("account-full-name"));
        assertThat(name.getValue()).isEqualTo(settings.of(user).fullName());

        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withId("save-name")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("The full name is required.");
        assertThat(_get(Div.class, spec -> spec.withId("name-problems")).isVisible()).isTrue();
        _setValue(name, "Grace Hopper");
        assertThat(name.isInvalid()).as("the error goes once the field changes").isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("name-problems"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("save-name")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("name-saved")).getText()).isEqualTo("Your name is saved.");
        assertThat(users.find(user.username()).orElseThrow().fullName()).isEqualTo("Grace Hopper");
    }

    @Test
    void a_new_address_waits_for_the_mailed_link_which_confirms_it_on_the_verification_page() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        String old = accounts.email(user);
        String fresh = user.username() + "@moved.citycert.test";
        signIn(user);
        UI.getCurrent().navigate(MyAccountView.class);
        EmailField address = _get(EmailField.class, spec -> spec.withId("account-new-email"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("email-current-password"));

        // two problems: each on its field and in the summary above the form, whose items lead to the fields
        _setValue(address, "nowhere");
        _setValue(password, "not my password");
        _click(_get(Button.class, spec -> spec.withId("change-email")));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("The email address is not valid.");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The current password is not correct.");
        Div summary = _get(Div.class, spec -> spec.withId("email-problems"));
        assertThat(_find(summary, ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("The email address is not valid.", "The current password is not correct.");
        assertThat(settings.of(user).pendingEmail()).isNull();

        _setValue(address, fresh);
        assertThat(address.isInvalid()).isFalse();
        assertThat(_find(summary, ListItem.class)).hasSize(1);
        _setValue(password, TestAccounts.PASSWORD);
        assertThat(summary.isVisible()).as("the summary goes with its last problem").isFalse();
        _click(_get(Button.class, spec -> spec.withId("change-email")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("email-pending")).getText())
                .isEqualTo("We sent a link to " + fresh + ". Your address changes once you follow it; until then mail "
                        + "keeps going to " + old + ".");
        String body = mailServer.awaitMessageTo(fresh, "Confirm your new email address").getContent().toString();
        String token = body.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");

        signOut();
        UI.getCurrent().navigate("verify-email", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcome")).getText())
                .isEqualTo("Your new email address is confirmed: CityCert mails you there from now on.");
        assertThat(users.find(user.username()).orElseThrow().email()).isEqualTo(fresh);
    }

    @Test
    void a_wrong_current_password_and_a_weak_new_one_are_refused_on_their_fields() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate(MyAccountView.class);
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("password-repeat"));
        Button change = _get(Button.class, spec -> spec.withId("change-password"));

        _setValue(current, "not my password");
        _setValue(fresh, "a fresh long passphrase of mine");
        _setValue(repeat, "a fresh long passphrase of mine");
        _click(change);
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
        assertThat(fresh.isInvalid()).isFalse();

        _setValue(current, TestAccounts.PASSWORD);
        _setValue(fresh, "password123");
        _setValue(repeat, "password123");
        _click(change);
        assertThat(current.isInvalid()).isFalse();
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).isEqualTo("This password is too easy to guess; choose a longer, less common one.");

        _setValue(fresh, "violet tramlines over the harbour");
        _click(change);
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");

        _setValue(repeat, "violet tramlines over the harbour");
        _click(change);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-changed")).getText())
                .startsWith("Your password is changed. Your account is signed out everywhere else");
        assertThat(current.getValue()).isEmpty();
    }

    @Test
    void the_optional_mails_are_ticked_until_declined_and_the_language_is_english() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate(MyAccountView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<MailTopic> topics = _get(CheckboxGroup.class, spec -> spec.withId("mail-topics"));
        assertThat(topics.getValue()).containsExactlyInAnyOrder(MailTopic.values());
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-mandatory")).getText())
                .startsWith("Always sent, whatever you choose here: decisions");

        _setValue(topics, Set.of(MailTopic.RECEIPTS));
        _click(_get(Button.class, spec -> spec.withId("save-mail")));

        assertThat(settings.of(user).declined())
                .containsExactlyInAnyOrder(MailTopic.CERTIFICATE_REMINDERS, MailTopic.DEADLINE_REMINDERS);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(MyAccountView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<MailTopic> again = _get(CheckboxGroup.class, spec -> spec.withId("mail-topics"));
        assertThat(again.getValue()).containsExactly(MailTopic.RECEIPTS);

        @SuppressWarnings("unchecked")
        Select<java.util.Locale> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo(java.util.Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("save-language")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("language-saved")).getText())
                .isEqualTo("Your language is saved.");
    }

    @Test
    void deletion_needs_the_username_typed_and_then_the_dialog_confirmed() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        signIn(user);
        UI.getCurrent().navigate(MyAccountView.class);
        TextField confirmation = _get(TextField.class, spec -> spec.withId("delete-confirmation"));

        _setValue(confirmation, "somebody-else");
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Type your username exactly to confirm the deletion.");
        assertThat(_find(ConfirmDialog.class)).noneMatch(ConfirmDialog::isOpened);

        _setValue(confirmation, user.username());
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("delete-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(users.find(user.username()).orElseThrow().erased()).as("nothing happens before the dialog").isFalse();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(users.find(user.username()).orElseThrow().erased()).isTrue();
    }

    @Test
    void staff_change_their_name_and_password_here_and_are_told_why_they_cannot_delete_the_account() {
        CurrentUser reviewer = accounts.create(Role.REVIEWER);
        signIn(reviewer);
        UI.getCurrent().navigate(MyAccountView.class);
        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(MyAccountView.class);

        for (String section : java.util.List.of("account-name", "account-email", "account-password", "account-mail",
                "account-language", "account-export")) {
            assertThat(_find(Div.class, spec -> spec.withId(section))).as(section).hasSize(1);
        }
        assertThat(_find(Div.class, spec -> spec.withId("account-delete"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("delete-account"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-close-staff")).getText())
                .startsWith("Staff accounts are closed by an administrator");

        _setValue(_get(TextField.class, spec -> spec.withId("account-full-name")), "Rita Reviewer");
        _click(_get(Button.class, spec -> spec.withId("save-name")));
        assertThat(users.find(reviewer.username()).orElseThrow().fullName()).isEqualTo("Rita Reviewer");

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), TestAccounts.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "short");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("password-new"));
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(_find(_get(Div.class, spec -> spec.withId("password-problems")), Button.class))
                .extracting(Button::getText).containsExactly("The password must have at least 10 characters.");

        _setValue(fresh, "violet tramlines over the harbour");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "violet tramlines over the harbour");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-changed")).getText())
                .startsWith("Your password is changed.");
        assertThat(passwords.matches("violet tramlines over the harbour",
                userDetails.loadUserByUsername(reviewer.username()).getPassword())).isTrue();
        // and the service refuses a staff deletion whatever the page offers
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> personalData.deleteAccount(reviewer,
                reviewer.username())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
