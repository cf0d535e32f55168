package eu.skills4cities.citycert.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.skills4cities.citycert.CityCertSpringTest;
import eu.skills4cities.citycert.TestAccounts;
import eu.skills4cities.citycert.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browser sessions end when the account's holder loses or changes the means to sign in, and
 * a session keeps its CSRF protection whatever header a request adds. Over HTTP, with the
 * sessions of the form login.
 */
@CityCertSpringTest
class AccountSessionsTest {

    private static final Pattern RESET_TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RegistrationService registrations;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountSessions sessions;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void an_end_reaches_the_sessions_another_node_holds_but_the_kept_one_and_later_ones() {
        // a second node of the cluster: its own sessions in memory, the same database
        ClusterSessionRegistry otherNode = new ClusterSessionRegistry(jdbc, java.time.Duration.ZERO);
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        CurrentUser bystander = accounts.create(Role.CANDIDATE);
        otherNode.registerNewSession("node-b-1", candidate.username());
        otherNode.registerNewSession("node-b-kept", candidate.username());
        otherNode.registerNewSession("node-b-bystander", bystander.username());
        assertThat(otherNode.getSessionInformation("node-b-1").isExpired()).isFalse();

        // a refused change (its transaction rolls back) ends nothing, here or there
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            sessions.endAll(candidate.username());
            status.setRollbackOnly();
        });
        assertThat(otherNode.getSessionInformation("node-b-1").isExpired()).isFalse();

        sessions.endExcept(candidate.username(), "node-b-kept");

        assertThat(otherNode.getSessionInformation("node-b-1").isExpired()).isTrue();
        assertThat(otherNode.getSessionInformation("node-b-kept").isExpired()).isFalse();
        assertThat(otherNode.getSessionInformation("node-b-bystander").isExpired()).isFalse();
        otherNode.registerNewSession("node-b-later", candidate.username());
        assertThat(otherNode.getSessionInformation("node-b-later").isExpired()).as("signed in after the end").isFalse();
        // the next end takes the kept one too, and old ends are forgotten without lowering a generation
        jdbc.sql("UPDATE account_session_end SET ended_at = now() - interval '2 days' WHERE username = ?")
                .param(candidate.username()).update();
        otherNode.forgetOldEnds();
        sessions.endAll(candidate.username());
        assertThat(otherNode.getSessionInformation("node-b-kept").isExpired()).isTrue();
        assertThat(otherNode.getSessionInformation("node-b-later").isExpired()).isTrue();
    }

    private MockHttpSession signIn(CurrentUser user, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", user.username())
                        .param("password", password).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/api/me/data").session(session)).andExpect(status().isOk());
        return session;
    }

    @Test
    void deleting_the_account_ends_all_its_sessions_at_once() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        MockHttpSession browser = signIn(candidate, TestAccounts.PASSWORD);

        mvc.perform(delete("/api/me").with(httpBasic(candidate.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + candidate.username() + "\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me/data").session(browser))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Session ended"));
    }

    @Test
    void a_password_reset_ends_every_session_of_the_account() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        MockHttpSession first = signIn(candidate, TestAccounts.PASSWORD);
        MockHttpSession second = signIn(candidate, TestAccounts.PASSWORD);
        CurrentUser bystander = accounts.create(Role.CANDIDATE);
        MockHttpSession other = signIn(bystander, TestAccounts.PASSWORD);

        String email = accounts.email(candidate);
        registrations.requestPasswordReset(email);
        String body = jdbc.sql("SELECT body FROM mail_message WHERE recipient = ? AND subject LIKE 'Reset%'")
                .param(email).query(String.class).single();
        Matcher token = RESET_TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        registrations.resetPassword(token.group(1), "a brand new passphrase");

        mvc.perform(get("/api/me/data").session(first)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/data").session(second)).andExpect(status().isUnauthorized());
        // another account keeps its session
        mvc.perform(get("/api/me/data").session(other)).andExpect(status().isOk());
        signIn(candidate, "a brand new passphrase");
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_keeps_the_one_it_was_made_in() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        MockHttpSession here = signIn(candidate, TestAccounts.PASSWORD);
        MockHttpSession elsewhere = signIn(candidate, TestAccounts.PASSWORD);

        mvc.perform(put("/api/me/password").session(here).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestAccounts.PASSWORD
                                + "\",\"newPassword\":\"a brand new passphrase\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me/data").session(here)).andExpect(status().isOk());
        mvc.perform(get("/api/me/data").session(elsewhere)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_refused_password_change_ends_nothing() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        MockHttpSession elsewhere = signIn(candidate, TestAccounts.PASSWORD);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        users.changePassword(candidate, "not my password", "a brand new passphrase", null))
                .isInstanceOf(InvalidInputException.class);
        mvc.perform(put("/api/me/password").with(httpBasic(candidate.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"password1234\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0]").value(
                        "This password is too easy to guess; choose a longer, less common one."));

        mvc.perform(get("/api/me/data").session(elsewhere)).andExpect(status().isOk());
    }

    @Test
    void a_session_keeps_csrf_whatever_authorization_header_a_request_carries() throws Exception {
        CurrentUser candidate = accounts.create(Role.CANDIDATE);
        MockHttpSession browser = signIn(candidate, TestAccounts.PASSWORD);
        String body = "{\"name\":\"forged\",\"validDays\":30}";

        mvc.perform(post("/api/me/tokens").session(browser).header("Authorization", "Bearer junk")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/me/tokens").session(browser)
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (candidate.username() + ":whatever").getBytes()))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t JOIN user_account a ON a.id = t.user_account "
                + "WHERE a.username = ?").param(candidate.username()).query(Long.class).single()).isZero();

        // the session's own CSRF token is what opens the door; Basic without a session needs none
        mvc.perform(post("/api/me/tokens").session(browser).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/me/tokens").with(httpBasic(candidate.username(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
