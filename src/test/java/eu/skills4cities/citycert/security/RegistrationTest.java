package eu.skills4cities.citycert.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestMailServer;
import eu.skills4cities.citycert.TestMessages;
import eu.skills4cities.citycert.base.InvalidInputException;
import eu.skills4cities.citycert.base.RefusedException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registration with email verification and password reset, with the mail travelling over
 * real SMTP to a test mail server (GreenMail).
 */
@CityCertSpringTest
class RegistrationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/(verify-email|reset-password)\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    RegistrationService registrations;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestMailServer mailServer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    void a_candidate_registers_confirms_the_address_from_the_mail_and_can_then_sign_in() throws Exception {
        String name = "reg." + unique();
        String email = name + "@example.org";
        registrations.register(new Registration(name, "Rena Registrant", email, "a long passphrase"));

        assertThat(userDetails.loadUserByUsername(name).isEnabled()).as("not before the address is confirmed").isFalse();
        MimeMessage mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for CityCert");
        String token = token(GreenMailUtil.getBody(mail), "verify-email");

        assertThat(registrations.verifyEmail(token)).isEqualTo(name);

        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isTrue();
        assertThat(userDetails.loadUserByUsername(name).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_CANDIDATE");
        assertThatThrownBy(() -> registrations.verifyEmail(token)).as("the link works once")
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void an_expired_or_unknown_link_is_refused() throws Exception {
        String name = "exp." + unique();
        registrations.register(new Registration(name, "Ex Pired", name + "@example.org", "a long passphrase"));
        String token = token(GreenMailUtil.getBody(mailTo(name + "@example.org")), "verify-email");
        jdbc.sql("UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE user_account = "
                + "(SELECT id FROM user_account WHERE username = ?)").param(name).update();

        assertThatThrownBy(() -> registrations.verifyEmail(token)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> registrations.verifyEmail("no-such-token")).isInstanceOf(RefusedException.class);
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isFalse();
    }

    @Test
    void a_resent_link_replaces_the_first_one() throws Exception {
        String name = "res." + unique();
        String email = name + "@example.org";
        registrations.register(new Registration(name, "Re Send", email, "a long passphrase"));
        String first = token(GreenMailUtil.getBody(mailTo(email)), "verify-email");

        registrations.resendVerification(email.toUpperCase());
        String second = token(GreenMailUtil.getBody(mailsTo(email, 2)[1]), "verify-email");

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> registrations.verifyEmail(first)).isInstanceOf(RefusedException.class);
        assertThat(registrations.verifyEmail(second)).isEqualTo(name);
    }

    @Test
    void a_forgotten_password_is_reset_with_the_mailed_link_under_the_password_rules() throws Exception {
        String name = "pw." + unique();
        String email = name + "@example.org";
        registrations.register(new Registration(name, "Pass Word", email, "a long passphrase"));
        registrations.verifyEmail(token(GreenMailUtil.getBody(mailTo(email)), "verify-email"));

        registrations.requestPasswordReset(email);
        MimeMessage resetMail = mailsTo(email, 2)[1];
        assertThat(resetMail.getSubject()).isEqualTo("Reset your CityCert password");
        String token = token(GreenMailUtil.getBody(resetMail), "reset-password");

        assertThatThrownBy(() -> registrations.resetPassword(token, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(TestMessages.english(e.problems()))
                        .containsExactly("The password must have at least 10 characters."));
        registrations.resetPassword(token, "another long passphrase");

        assertThat(passwordEncoder.matches("another long passphrase",
                userDetails.loadUserByUsername(name).getPassword())).isTrue();
        assertThatThrownBy(() -> registrations.resetPassword(token, "yet another passphrase"))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        int before = mailServer.greenMail().getReceivedMessages().length;

        registrations.requestPasswordReset("nobody-" + unique() + "@example.org");
        registrations.resendVerification("nobody-" + unique() + "@example.org");

        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient LIKE 'nobody-%'")
                .query(Long.class).single()).isZero();
        assertThat(mailServer.greenMail().getReceivedMessages()).hasSize(before);
    }

    @Test
    void a_registration_with_problems_stores_nothing_and_sends_nothing() {
        String name = "bad." + unique();

        assertThatThrownBy(() -> registrations.register(new Registration(name, "Bad Password", name + "@example.org",
                name + "1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(TestMessages.english(e.problems()))
                        .containsExactly("The password must not contain your username or email address."));
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = ?").param(name)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ?").param(name + "@example.org")
                .query(Long.class).single()).isZero();
    }

    @Test
    void mail_of_a_rolled_back_change_is_never_sent() {
        String name = "rb." + unique();
        try {
            transactions.executeWithoutResult(status -> {
                registrations.register(new Registration(name, "Rolled Back", name + "@example.org", "a long passphrase"));
                throw new IllegalStateException("a later step fails");
            });
        } catch (IllegalStateException expected) {
            // the registration and its mail are rolled back together
        }
        assertThat(jdbc.sql("SELECT count(*) FROM mail_message WHERE recipient = ?").param(name + "@example.org")
                .query(Long.class).single()).isZero();
    }

    private MimeMessage mailTo(String recipient) throws Exception {
        return mailsTo(recipient, 1)[0];
    }

    /** Waits (GreenMail blocks until they arrive, at most 10 s) for the messages to one recipient. */
    private MimeMessage[] mailsTo(String recipient, int count) throws Exception {
        return mailServer.awaitMessagesTo(recipient, count);
    }

    private static String token(String body, String page) {
        Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        while (matcher.find()) {
            if (matcher.group(1).equals(page)) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("No " + page + " link in: " + body);
    }
}
