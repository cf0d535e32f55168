package eu.skills4cities.citycert.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.audit.AuditEntry;
import eu.skills4cities.citycert.audit.AuditLog;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import eu.skills4cities.citycert.base.UserMessage;
import eu.skills4cities.citycert.certificate.CertificateInfo;
import eu.skills4cities.citycert.certificate.lifecycle.CertificateLifecycle;
import eu.skills4cities.citycert.certificate.verification.TestCertificates;
import eu.skills4cities.citycert.notification.MailTopic;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The holder's own changes to their account, with real mail (GreenMail) and the audit log. */
@CityCertSpringTest
class AccountSettingsTest {

    private static final Pattern LINK = Pattern.compile("(http\\S+/verify-email\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    AccountSettings settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    AuditLog audit;
    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestCertificates register;
    @Autowired
    CertificateLifecycle lifecycle;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_address_is_used_only_once_the_link_mailed_to_it_is_followed_and_the_old_one_is_told() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        String old = accounts.email(user);
        String fresh = user.username() + "@new.citycert.test";

        settings.requestEmailChange(user, fresh, TestAccounts.PASSWORD);

        // until the link is followed, the account keeps its address, and the old one hears of the change
        assertThat(settings.of(user).email()).isEqualTo(old);
        assertThat(settings.of(user).pendingEmail()).isEqualTo(fresh);
        MimeMessage told = mailServer.awaitMessageTo(old, "is about to change");
        assertThat(told.getContent().toString()).contains(fresh);
        MimeMessage verify = mailServer.awaitMessageTo(fresh, "Confirm your new email address");
        Matcher link = LINK.matcher(verify.getContent().toString());
        assertThat(link.find()).as("the mail carries the confirmation link").isTrue();
        String token = link.group(1).replaceAll(".*token=", "");

        assertThat(settings.confirmEmailChange(token)).isEqualTo(user.username());

        assertThat(settings.of(user).email()).isEqualTo(fresh);
        assertThat(settings.of(user).pendingEmail()).isNull();
        assertThat(mailServer.awaitMessageTo(old, "has changed").getContent().toString()).contains(fresh);
        // the link works once
        assertThatThrownBy(() -> settings.confirmEmailChange(token)).isInstanceOf(RefusedException.class);
        assertThat(actions(user)).containsSubsequence("ACCOUNT_EMAIL_CHANGE_REQUESTED", "ACCOUNT_EMAIL_CONFIRMED");
        // the audit log says what changed, never the addresses
        assertThat(audit.about("account", user.username())).extracting(AuditEntry::detail)
                .noneMatch(detail -> detail.contains(fresh) || detail.contains(old));
    }

    @Test
    void a_cancelled_change_keeps_the_address_and_its_link_no_longer_works() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        String old = accounts.email(user);
        String fresh = user.username() + "@cancelled.citycert.test";
        settings.requestEmailChange(user, fresh, TestAccounts.PASSWORD);
        Matcher link = LINK.matcher(mailServer.awaitMessageTo(fresh, "Confirm your new email address").getContent()
                .toString());
        assertThat(link.find()).isTrue();

        settings.cancelEmailChange(user);

        assertThat(settings.of(user).pendingEmail()).isNull();
        assertThatThrownBy(() -> settings.confirmEmailChange(link.group(1).replaceAll(".*token=", "")))
                .isInstanceOf(RefusedException.class);
        assertThat(settings.of(user).email()).isEqualTo(old);
    }

    @Test
    void a_malformed_address_and_a_wrong_password_are_both_named_and_nothing_changes() {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        assertThatThrownBy(() -> settings.requestEmailChange(user, "not-an-address", "wrong password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key)
                        .containsExactly("problem.account.email", "problem.password.current"));

        assertThat(settings.of(user).pendingEmail()).isNull();
        assertThat(pendingMailTo("not-an-address")).isZero();
    }

    @Test
    void an_address_of_another_account_gets_no_link_and_its_holder_is_told() throws Exception {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        CurrentUser other = accounts.create(Role.CANDIDATE);
        String taken = accounts.email(other);

        settings.requestEmailChange(user, taken, TestAccounts.PASSWORD);

        MimeMessage notice = mailServer.awaitMessageTo(taken, "Someone tried to use your address");
        assertThat(notice.getContent().toString()).doesNotContain("token=");
        assertThat(settings.of(other).email()).isEqualTo(taken);
    }

    @Test
    void the_password_changes_only_with_the_current_one_and_only_to_a_strong_one() {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        assertThatThrownBy(() -> settings.changePassword(user, "not my password", "a fresh long passphrase", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key).containsExactly("problem.password.current"));
        assertThatThrownBy(() -> settings.changePassword(user, TestAccounts.PASSWORD, "password123", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key).containsExactly("problem.password.common"));
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash(user))).isTrue();

        settings.changePassword(user, TestAccounts.PASSWORD, "violet tramlines over the harbour", null);

        assertThat(passwordEncoder.matches("violet tramlines over the harbour", hash(user))).isTrue();
        assertThat(actions(user)).contains("ACCOUNT_PASSWORD");
    }

    @Test
    void a_declined_reminder_is_not_sent_while_mandatory_mail_still_is_and_others_get_theirs() throws Exception {
        CertificateInfo declined = register.issue();
        CertificateInfo kept = register.issue();
        CurrentUser holder = CurrentUser.of(declined.holderUsername(), Role.CANDIDATE);
        settings.chooseMail(holder, Set.of(MailTopic.CERTIFICATE_REMINDERS));
        assertThat(settings.of(holder).declined()).containsExactly(MailTopic.CERTIFICATE_REMINDERS);

        transactions.executeWithoutResult(status -> lifecycle.remind(declined.number(), 30));
        transactions.executeWithoutResult(status -> lifecycle.remind(kept.number(), 30));
        // a decision on the certificate is mandatory mail
        register.record(declined, "SUSPENDED");

        String holderAddress = users.find(declined.holderUsername()).orElseThrow().email();
        String otherAddress = users.find(kept.holderUsername()).orElseThrow().email();
        assertThat(mailServer.awaitMessageTo(otherAddress, "expires in 30 days").getSubject())
                .contains(kept.number());
        assertThat(mailServer.awaitMessageTo(holderAddress, "suspended").getSubject()).contains(declined.number());
        assertThat(subjectsTo(holderAddress)).as("the declined reminder was never queued")
                .noneMatch(subject -> subject.toLowerCase().contains("expires"));
        assertThat(actions(holder)).contains("ACCOUNT_MAIL_PREFERENCES");

        // choosing it again brings the reminders back
        settings.chooseMail(holder, Set.of());
        assertThat(settings.of(holder).declined()).isEmpty();
    }

    @Test
    void the_language_is_stored_and_only_an_offered_one_is_accepted() {
        CurrentUser user = accounts.create(Role.CANDIDATE);
        assertThat(settings.of(user).language()).isEqualTo("en");

        assertThatThrownBy(() -> settings.chooseLanguage(user, "xx"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key).containsExactly("problem.language.unsupported"));
        assertThatThrownBy(() -> settings.chooseLanguage(user, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key).containsExactly("problem.account.language"));
        assertThat(settings.of(user).language()).isEqualTo("en");
        settings.chooseLanguage(user, "de-AT");
        assertThat(settings.of(user).language()).as("the language, its region dropped").isEqualTo("de");
        settings.chooseLanguage(user, "en");

        assertThat(jdbc.sql("SELECT preferred_language FROM user_account WHERE username = ?")
                .param(user.username()).query(String.class).single()).isEqualTo("en");
    }

    @Test
    void the_name_changes_in_the_account_and_an_empty_one_is_refused() {
        CurrentUser user = accounts.create(Role.CANDIDATE);

        assertThatThrownBy(() -> settings.changeName(user, "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(UserMessage::key).containsExactly("problem.account.full-name"));
        settings.changeName(user, "  Ada Byron  ");

        assertThat(users.find(user.username()).orElseThrow().fullName()).isEqualTo("Ada Byron");
        assertThat(actions(user)).contains("ACCOUNT_FULL_NAME");
    }

    private String hash(CurrentUser user) {
        return repository.findByUsername(user.username()).orElseThrow().passwordHash();
    }

    private List<String> actions(CurrentUser user) {
        return audit.about("account", user.username()).stream().map(AuditEntry::action).toList();
    }

    private List<String> subjectsTo(String recipient) {
        return jdbc.sql("SELECT subject FROM mail_message WHERE lower(recipient) = lower(?)").param(recipient)
                .query(String.class).list();
    }

    private int pendingMailTo(String recipient) {
        return subjectsTo(recipient).size();
    }
}
